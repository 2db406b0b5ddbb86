/** Without a zero option there is nothing to compare the proposal with. */
import { defineRule, when } from './types';

export const noZeroOption = defineRule({
  id: 'no-zero-option',
  severity: 'high',
  phase: 'preparation',
  step: 'options',
  message: 'findings.no-zero-option',
  applies: (doc) => when(!doc.preparation.options.some((o) => o.isZeroOption)),
});
