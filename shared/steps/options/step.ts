/** Step 4 of preparation: the options, always with the zero option to compare against. */
import { filled } from '../share';
import { defineStep } from '../types';

export const optionsStep = defineStep({
  id: 'options',
  phase: 'preparation',
  holdsExpectations: true,
  requirements: ({ preparation: p }) => {
    // A new document starts with the proposal and the zero option: the step holds content once the options are described.
    const proposals = p.options.filter((o) => !o.isZeroOption);
    const described = proposals.filter((o) => filled(o.description)).length;
    const hasZero = p.options.some((o) => o.isZeroOption);
    return [{ id: 'options', filled: hasZero && proposals.length > 0 ? described / proposals.length : 0 }];
  },
});
