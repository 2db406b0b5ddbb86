/**
 * A result rests on low-quality data, a changed source or an adjusted indicator, and the evaluator
 * said nothing about it with the result (its note): the report would read it as firmly as any other.
 */
import { indicatorLimits, limitsIndex } from '../limitations';
import { defineRule } from './types';

export const resultCaveatUnstated = defineRule({
  id: 'result-caveat-unstated',
  severity: 'low',
  phase: 'evaluation',
  step: 'results',
  field: 'note',
  message: 'limits.findings.result-caveat-unstated',
  applies: (doc) => {
    if (doc.context.phase !== 'evaluation') return [];
    const index = limitsIndex(doc);
    return doc.preparation.indicators.flatMap((ind) => {
      const final = doc.evaluation.finalValues.find((f) => f.indicatorId === ind.id);
      if (!final || final.note.trim()) return [];
      const { reasons } = indicatorLimits(doc, ind, index);
      if (reasons.length === 0) return [];
      return [
        { itemId: ind.id, key: ind.id, params: { name: ind.name, reasons: { keys: reasons.map((r) => `limits.because.${r}` as const) } } },
      ];
    });
  },
});
