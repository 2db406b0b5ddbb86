/** The ambition for the area is what the policy is steered and judged on. */
import { defineRule, when } from './types';

export const noAmbition = defineRule({
  id: 'no-ambition',
  severity: 'medium',
  phase: 'preparation',
  step: 'problem',
  field: 'ambition',
  message: 'findings.no-ambition',
  applies: (doc) => when(doc.preparation.ambition.trim() === ''),
});
