/** Step 6 of evaluation: lessons, a recommendation, and whether broad prosperity changed the choices. */
import { filled } from '../share';
import { defineStep } from '../types';

export const conclusionsStep = defineStep({
  id: 'conclusions',
  phase: 'evaluation',
  requirements: ({ evaluation: e }) => [
    { id: 'lessons', filled: filled(e.lessons) ? 1 : 0 },
    { id: 'recommendation', filled: e.recommendation ? 1 : 0 },
    { id: 'other-choices', filled: filled(e.otherChoices) ? 1 : 0 },
  ],
});
