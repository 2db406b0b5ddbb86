/** Step 2 of preparation: the problem, what residents value, and the ambition for the area. */
import { filled } from '../share';
import { defineStep } from '../types';

export const problemStep = defineStep({
  id: 'problem',
  phase: 'preparation',
  holdsExpectations: true,
  requirements: ({ preparation: p }) => [
    { id: 'problem', filled: filled(p.problem) ? 1 : 0 },
    { id: 'ambition', filled: filled(p.ambition) ? 1 : 0 },
    { id: 'citizen-input', filled: filled(p.citizenValues) ? 1 : 0 },
  ],
});
