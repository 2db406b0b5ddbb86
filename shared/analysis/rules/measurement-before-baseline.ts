/**
 * Measurements dated before their indicator's baseline year: the baseline is no starting point then.
 * (A baseline without a year cannot occur: the schema requires a year with every baseline and
 * target value, and a file without one does not load; this rule checks the dates that can be wrong.)
 */
import { defineRule } from './types';

export const measurementBeforeBaseline = defineRule({
  id: 'measurement-before-baseline',
  severity: 'high',
  phase: 'implementation',
  step: 'measurements',
  message: 'findings.measurement-before-baseline',
  applies: (doc) =>
    doc.preparation.indicators.flatMap((ind) => {
      const baseline = ind.baseline;
      if (!baseline) return [];
      const early = doc.implementation.measurements.filter((m) => m.indicatorId === ind.id && Number(m.date.slice(0, 4)) < baseline.year);
      if (early.length === 0) return [];
      const first = early.reduce((a, b) => (a.date <= b.date ? a : b));
      return [{ itemId: ind.id, key: ind.id, params: { name: ind.name, count: early.length, date: first.date, year: baseline.year } }];
    }),
});
