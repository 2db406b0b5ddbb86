/** Nowhere does it say who gains and who loses. */
import { consideredEffects } from '../effects';
import { defineRule, when } from './types';

export const noDistribution = defineRule({
  id: 'no-distribution',
  severity: 'medium',
  phase: 'preparation',
  step: 'effects',
  field: 'gains',
  message: 'findings.no-distribution',
  applies: (doc) => {
    const nonZero = consideredEffects(doc).filter((e) => e.direction !== 0);
    const said = nonZero.some((e) => e.gains.trim() !== '' || e.loses.trim() !== '');
    return when(nonZero.length > 0 && !said, { itemId: nonZero[0]?.id });
  },
});
