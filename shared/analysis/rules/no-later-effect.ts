/** Broad prosperity asks about later: some effect on future generations must have been considered. */
import { dimensionOf } from '../../framework/framework';
import { consideredEffects } from '../effects';
import { defineRule, when } from './types';

export const noLaterEffect = defineRule({
  id: 'no-later-effect',
  severity: 'medium',
  phase: 'preparation',
  step: 'effects',
  message: 'findings.no-later-effect',
  applies: (doc) => {
    const considered = consideredEffects(doc);
    return when(considered.length > 0 && !considered.some((e) => dimensionOf(e.theme) === 'later'), { itemId: 'later' });
  },
});
