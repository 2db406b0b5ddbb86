/** Step 4 of evaluation: what residents actually noticed, beside what was expected. */
import { filled, share } from '../share';
import { defineStep } from '../types';

export const perceivedMeasuredStep = defineStep({
  id: 'perceived-measured',
  phase: 'evaluation',
  requirements: (doc) => {
    const outcomes = doc.preparation.perceivedOutcomes;
    const done = new Set(doc.evaluation.perceivedResults.filter((r) => filled(r.result)).map((r) => r.perceivedOutcomeId));
    return [{ id: 'perceived-results', filled: share(outcomes.filter((p) => done.has(p.id)).length, outcomes.length) }];
  },
});
