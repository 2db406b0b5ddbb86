/** Step 1 of evaluation: each indicator's final value against its target. */
import { share } from '../share';
import { defineStep } from '../types';

export const resultsStep = defineStep({
  id: 'results',
  phase: 'evaluation',
  requirements: (doc) => {
    const { indicators } = doc.preparation;
    const finals = new Set(doc.evaluation.finalValues.map((f) => f.indicatorId));
    return [{ id: 'final-values', filled: share(indicators.filter((i) => finals.has(i.id)).length, indicators.length) }];
  },
});
