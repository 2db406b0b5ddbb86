/** Step 3 of preparation: the theory of change, link by link, with its assumptions. */
import { defineStep } from '../types';

const LINKS = ['activities', 'outputs', 'outcomes', 'impacts'] as const;

export const theoryStep = defineStep({
  id: 'theory',
  phase: 'preparation',
  holdsExpectations: true,
  requirements: ({ preparation: p }) => [
    { id: 'theory', filled: LINKS.filter((l) => p.theoryOfChange[l].some((s) => s.text.trim() !== '')).length / LINKS.length },
  ],
});
