/** An indicator lacks its baseline, target, source or scale level. */
import type { Indicator } from '../../model/document';
import { defineRule } from './types';

const PARTS = ['baseline', 'target', 'source', 'scale'] as const;

function missing(ind: Indicator): (typeof PARTS)[number][] {
  return PARTS.filter((part) => (part === 'source' ? ind.source.trim() === '' : !ind[part]));
}

export const indicatorIncomplete = defineRule({
  id: 'indicator-incomplete',
  severity: 'low',
  phase: 'preparation',
  step: 'indicators',
  message: 'findings.indicator-incomplete',
  applies: (doc) =>
    doc.preparation.indicators.flatMap((ind) => {
      const parts = missing(ind);
      if (parts.length === 0) return [];
      return [
        {
          itemId: ind.id,
          key: ind.id,
          field: parts[0],
          params: { name: ind.name, missing: { keys: parts.map((p) => `findings.parts.${p}` as const) } },
        },
      ];
    }),
});
