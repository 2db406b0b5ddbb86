/** Step 6 of preparation: spill-overs between themes (domain A helps or hurts domain B). */
import { defineStep } from '../types';

export const spilloversStep = defineStep({
  id: 'spillovers',
  phase: 'preparation',
  holdsExpectations: true,
  requirements: ({ preparation: p }) => [{ id: 'spillovers', filled: p.spillovers.length > 0 ? 1 : 0 }],
});
