/** The problem must be described before anything else makes sense. */
import { defineRule, when } from './types';

export const noProblem = defineRule({
  id: 'no-problem',
  severity: 'high',
  phase: 'preparation',
  step: 'problem',
  field: 'problem',
  message: 'findings.no-problem',
  applies: (doc) => when(doc.preparation.problem.trim() === ''),
});
