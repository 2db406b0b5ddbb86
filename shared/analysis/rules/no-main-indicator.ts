/** Spending is recorded, but no main outcome indicator is picked: value for money has nothing to divide it by. */
import { processOf } from '../value-for-money';
import { defineRule, when } from './types';

export const noMainIndicator = defineRule({
  id: 'no-main-indicator',
  severity: 'low',
  phase: 'evaluation',
  step: 'process',
  field: 'mainIndicators',
  message: 'findings.no-main-indicator',
  applies: (doc) => {
    const p = processOf(doc);
    const spent = p.spent.oneOff !== null || p.spent.yearly !== null;
    const known = new Set(doc.preparation.indicators.map((i) => i.id));
    const picked = p.mainIndicators.some((m) => known.has(m.indicatorId));
    return when(doc.context.phase === 'evaluation' && spent && known.size > 0 && !picked);
  },
});
