/** Step 1 of implementation: measured values per indicator over time. */
import { share } from '../share';
import { defineStep } from '../types';

export const measurementsStep = defineStep({
  id: 'measurements',
  phase: 'implementation',
  requirements: (doc) => {
    const { indicators } = doc.preparation;
    const measured = new Set(doc.implementation.measurements.map((m) => m.indicatorId));
    return [
      { id: 'frozen', filled: doc.implementation.frozen ? 1 : 0 },
      { id: 'measurements', filled: share(indicators.filter((i) => measured.has(i.id)).length, indicators.length) },
    ];
  },
});
