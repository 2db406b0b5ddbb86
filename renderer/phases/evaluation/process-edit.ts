/** Writing the process evaluation: it is created on the first edit (older files have none). */
import { processOf } from '../../../shared/analysis/value-for-money';
import type { AssessmentDocument } from '../../../shared/model/document';
import type { ProcessEvaluation } from '../../../shared/model/schema-process';

/** The document's process evaluation, created when missing. */
export function processIn(d: AssessmentDocument): ProcessEvaluation {
  if (!d.evaluation.process) d.evaluation.process = structuredClone(processOf(d));
  return d.evaluation.process;
}

/** An activity's check, created when missing. */
export function activityIn(d: AssessmentDocument, activityId: string): ProcessEvaluation['activities'][number] {
  const p = processIn(d);
  let a = p.activities.find((x) => x.activityId === activityId);
  if (!a) {
    p.activities.push({ activityId, carriedOut: null, note: '' });
    a = p.activities.at(-1)!;
  }
  return a;
}
