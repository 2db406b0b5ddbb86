/** No expected effect has been assessed yet. */
import { consideredEffects } from '../effects';
import { defineRule, when } from './types';

export const noEffects = defineRule({
  id: 'no-effects',
  severity: 'high',
  phase: 'preparation',
  step: 'effects',
  message: 'findings.no-effects',
  applies: (doc) => when(consideredEffects(doc).length === 0),
});
