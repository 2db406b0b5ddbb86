/** The preferred option has only positive effects and there is no negative spill-over: its downsides have not been looked for. */
import { preferredEffects } from '../effects';
import { defineRule, when } from './types';

export const onlyPositive = defineRule({
  id: 'only-positive',
  severity: 'medium',
  phase: 'preparation',
  step: 'effects',
  message: 'findings.only-positive',
  applies: (doc) => {
    const considered = preferredEffects(doc);
    const negative = considered.some((e) => (e.direction ?? 0) < 0) || doc.preparation.spillovers.some((s) => s.sign === 'negative');
    return when(considered.some((e) => (e.direction ?? 0) > 0) && !negative);
  },
});
