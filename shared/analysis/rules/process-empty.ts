/** The evaluation is otherwise under way, but nothing says how the policy was carried out, whom it reached or what it cost. */
import type { AssessmentDocument } from '../../model/document';
import { processOf } from '../value-for-money';
import { defineRule, when } from './types';

/** Whether the rest of the evaluation holds something: final values, assessed realised effects or lessons. */
function evaluationStarted(doc: AssessmentDocument): boolean {
  const e = doc.evaluation;
  return e.finalValues.length > 0 || e.realisedEffects.some((r) => r.direction !== null) || e.lessons.trim() !== '';
}

/** Whether the process evaluation holds anything. */
function processFilled(doc: AssessmentDocument): boolean {
  const p = processOf(doc);
  return (
    p.activities.some((a) => a.carriedOut !== null || a.note.trim() !== '') ||
    p.reach.some((r) => r.planned !== null || r.reached !== null) ||
    p.spent.oneOff !== null ||
    p.spent.yearly !== null ||
    p.helped.trim() !== '' ||
    p.hindered.trim() !== ''
  );
}

export const processEmpty = defineRule({
  id: 'process-empty',
  severity: 'medium',
  phase: 'evaluation',
  step: 'process',
  message: 'findings.process-empty',
  applies: (doc) => when(doc.context.phase === 'evaluation' && evaluationStarted(doc) && !processFilled(doc)),
});
