/** Step 4 of preparation: the options, always with the zero option to compare against. */
import { defineStep } from '../types';

export const optionsStep = defineStep({
  id: 'options',
  phase: 'preparation',
  holdsExpectations: true,
  requirements: ({ preparation: p }) => [{ id: 'options', filled: p.options.some((o) => o.isZeroOption) && p.options.length >= 2 ? 1 : 0 }],
});
