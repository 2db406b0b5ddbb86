/** Step 1 of preparation: which policy, for which area, at which scale. */
import { filled } from '../share';
import { defineStep } from '../types';

export const contextStep = defineStep({
  id: 'context',
  phase: 'preparation',
  requirements: (doc) => [
    { id: 'title', filled: filled(doc.context.title) ? 1 : 0 },
    { id: 'area', filled: filled(doc.context.area.name) && doc.context.area.scale ? 1 : 0 },
  ],
});
