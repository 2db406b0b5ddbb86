/** Nowhere does it say who gains and who loses by the preferred option. */
import { preferredEffects } from '../effects';
import { groupsOf } from '../groups';
import { defineRule, when } from './types';

export const noDistribution = defineRule({
  id: 'no-distribution',
  severity: 'medium',
  phase: 'preparation',
  step: 'effects',
  field: 'gains',
  message: 'findings.no-distribution',
  applies: (doc) => {
    const nonZero = preferredEffects(doc).filter((e) => e.direction !== 0);
    const said = nonZero.some((e) => e.gains.trim() !== '' || e.loses.trim() !== '' || groupsOf(doc, e).length > 0);
    return when(nonZero.length > 0 && !said, { itemId: nonZero[0]?.id });
  },
});
