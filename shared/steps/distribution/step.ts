/** Step 5 of evaluation: who gained, who lost, and whether inequality fell. */
import { filled } from '../share';
import { defineStep } from '../types';

export const distributionStep = defineStep({
  id: 'distribution',
  phase: 'evaluation',
  requirements: ({ evaluation: { distribution: d } }) => [{ id: 'distribution', filled: filled(d.gainers) || filled(d.losers) ? 1 : 0 }],
});
