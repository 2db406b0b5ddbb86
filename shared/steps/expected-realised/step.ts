/** Step 2 of evaluation: per expected effect of the preferred option, what was realised and why. */
import type { AssessmentDocument } from '../../model/document';
import { share } from '../share';
import { defineStep } from '../types';

/** The effects of the preferred option (of every option when none is preferred) that had an expected direction. */
function expectedEffects(doc: AssessmentDocument) {
  const preferred = doc.preparation.preferredOptionId;
  return doc.preparation.effects.filter((x) => x.direction !== null && (preferred === null || x.optionId === preferred));
}

export const expectedRealisedStep = defineStep({
  id: 'expected-realised',
  phase: 'evaluation',
  requirements: (doc) => {
    const expected = expectedEffects(doc);
    const realised = new Set(doc.evaluation.realisedEffects.filter((r) => r.direction !== null).map((r) => r.effectId));
    return [{ id: 'realised', filled: share(expected.filter((x) => realised.has(x.id)).length, expected.length) }];
  },
});
