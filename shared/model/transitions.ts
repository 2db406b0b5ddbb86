/** Moving a document from one phase of the policy cycle to the next. */
import type { AssessmentDocument } from './document';

/**
 * Into implementation: the ex-ante expectations (effects, indicators with baseline and target,
 * the ambition) are frozen as a dated snapshot inside the document, with who did it.
 */
export function startImplementation(doc: AssessmentDocument, by: string, at: string): AssessmentDocument {
  const copy = structuredClone(doc);
  copy.implementation.frozen = {
    at,
    by,
    effects: structuredClone(doc.preparation.effects),
    indicators: structuredClone(doc.preparation.indicators),
    ambition: doc.preparation.ambition,
  };
  copy.context.phase = 'implementation';
  return copy;
}

/** Into evaluation: the frozen expectations stay; realised effects start from the expected ones. */
export function startEvaluation(doc: AssessmentDocument): AssessmentDocument {
  const copy = structuredClone(doc);
  copy.context.phase = 'evaluation';
  return copy;
}
