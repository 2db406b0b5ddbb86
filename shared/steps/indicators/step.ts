/** Step 7 of preparation: indicators per affected theme, with baseline and target. */
import { share } from '../share';
import { defineStep } from '../types';

export const indicatorsStep = defineStep({
  id: 'indicators',
  phase: 'preparation',
  holdsExpectations: true,
  requirements: ({ preparation: { indicators } }) => [
    { id: 'indicators', filled: indicators.length > 0 ? 1 : 0 },
    { id: 'indicator-values', filled: share(indicators.filter((i) => i.baseline && i.target).length, indicators.length) },
  ],
});
