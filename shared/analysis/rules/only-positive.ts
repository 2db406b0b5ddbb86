/** Only positive effects and no negative spill-over: the downsides have not been looked for. */
import { consideredEffects } from '../effects';
import { defineRule, when } from './types';

export const onlyPositive = defineRule({
  id: 'only-positive',
  severity: 'medium',
  phase: 'preparation',
  step: 'effects',
  message: 'findings.only-positive',
  applies: (doc) => {
    const considered = consideredEffects(doc);
    const negative = considered.some((e) => (e.direction ?? 0) < 0) || doc.preparation.spillovers.some((s) => s.sign === 'negative');
    return when(considered.some((e) => (e.direction ?? 0) > 0) && !negative);
  },
});
