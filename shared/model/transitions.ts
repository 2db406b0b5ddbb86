/** Moving a document from one phase of the policy cycle to the next. */
import type { AssessmentDocument } from './document';
import { freezeRecord } from './freeze';

/**
 * Into implementation: the whole ex-ante part is frozen as a snapshot inside the document (with
 * the effects, indicators with baseline and target, and the ambition as separate frozen copies),
 * dated (the decision date, by default the day of `at`), with who did it, the decision it rests on
 * and a content hash.
 */
export function startImplementation(
  doc: AssessmentDocument,
  by: string,
  at: string,
  options: { date?: string; decision?: string } = {},
): AssessmentDocument {
  const copy = structuredClone(doc);
  copy.implementation.frozen = freezeRecord(doc, { by, at, ...options });
  copy.context.phase = 'implementation';
  return copy;
}

/** Into evaluation: the frozen expectations stay; realised effects start from the expected ones. */
export function startEvaluation(doc: AssessmentDocument): AssessmentDocument {
  const copy = structuredClone(doc);
  copy.context.phase = 'evaluation';
  return copy;
}
