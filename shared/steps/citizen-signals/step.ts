/** Step 3 of implementation: what residents notice so far. */
import { defineStep } from '../types';

export const citizenSignalsStep = defineStep({
  id: 'citizen-signals',
  phase: 'implementation',
  requirements: (doc) => [{ id: 'citizen-signals', filled: doc.implementation.citizenSignals.length > 0 ? 1 : 0 }],
});
