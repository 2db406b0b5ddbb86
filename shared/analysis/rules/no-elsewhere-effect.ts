/** Broad prosperity asks about elsewhere: some effect on other countries must have been considered. */
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
    return when(considered.length > 0 && !considered.some((e) => dimensionOf(e.theme) === 'elders'), { itemId: 'elders' });
  },
});
