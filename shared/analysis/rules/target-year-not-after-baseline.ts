/** An indicator's target year is not after its baseline year: there is no time to get from one to the other. */
import { defineRule } from './types';

export const targetYearNotAfterBaseline = defineRule({
  id: 'target-year-not-after-baseline',
  severity: 'high',
  phase: 'preparation',
  step: 'indicators',
  field: 'targetYear',
  message: 'findings.target-year-not-after-baseline',
  applies: (doc) =>
    doc.preparation.indicators.flatMap((ind) =>
      ind.baseline && ind.target && ind.target.year <= ind.baseline.year
        ? [{ itemId: ind.id, key: ind.id, params: { name: ind.name, target: ind.target.year, baseline: ind.baseline.year } }]
        : [],
    ),
});
