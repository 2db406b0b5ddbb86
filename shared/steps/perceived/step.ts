/** Step 8 of preparation: what residents should notice, and how that is measured. */
import { defineStep } from '../types';

export const perceivedStep = defineStep({
  id: 'perceived',
  phase: 'preparation',
  holdsExpectations: true,
  requirements: ({ preparation: p }) => [{ id: 'perceived', filled: p.perceivedOutcomes.length > 0 ? 1 : 0 }],
});
