/** Step 3 of evaluation: unintended effects, also in other domains. */
import { defineStep } from '../types';

export const unintendedStep = defineStep({
  id: 'unintended',
  phase: 'evaluation',
});
