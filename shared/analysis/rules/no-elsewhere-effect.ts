/** Broad prosperity asks about elsewhere: some effect abroad (an 'elders' theme, or an effect that lands abroad) must be considered. */
import { dimensionOf } from '../../framework/framework';
import { consideredEffects } from '../effects';
import { defineRule, when } from './types';

export const noElsewhereEffect = defineRule({
  id: 'no-elsewhere-effect',
  severity: 'medium',
  phase: 'preparation',
  step: 'effects',
  message: 'findings.no-elsewhere-effect',
  applies: (doc) => {
    const considered = consideredEffects(doc);
    return when(considered.length > 0 && !considered.some((e) => dimensionOf(e.theme) === 'elders' || e.where === 'abroad'), {
      itemId: 'elders',
    });
  },
});
