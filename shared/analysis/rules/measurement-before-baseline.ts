/**
 * Measurements dated before their indicator's baseline year: the baseline is no starting point then.
 * (A baseline without a year cannot occur: the schema requires a year with every baseline and
 * target value, and a file without one does not load; this rule checks the dates that can be wrong.)
 */
import type { Measurement } from '../../model/document';
import { defineRule } from './types';

export const measurementBeforeBaseline = defineRule({
  id: 'measurement-before-baseline',
  severity: 'high',
  phase: 'implementation',
  step: 'measurements',
  message: 'findings.measurement-before-baseline',
  applies: (doc) => {
    // One pass over the measurements (not one per indicator: 150,000 × 15,000 at scale).
    const byIndicator = new Map<string, Measurement[]>();
    for (const m of doc.implementation.measurements) {
      const list = byIndicator.get(m.indicatorId);
      if (list) list.push(m);
      else byIndicator.set(m.indicatorId, [m]);
    }
    return doc.preparation.indicators.flatMap((ind) => {
      const baseline = ind.baseline;
      if (!baseline) return [];
      const early = (byIndicator.get(ind.id) ?? []).filter((m) => Number(m.date.slice(0, 4)) < baseline.year);
      if (early.length === 0) return [];
      const first = early.reduce((a, b) => (a.date <= b.date ? a : b));
      return [{ itemId: ind.id, key: ind.id, params: { name: ind.name, count: early.length, date: first.date, year: baseline.year } }];
    });
  },
});
