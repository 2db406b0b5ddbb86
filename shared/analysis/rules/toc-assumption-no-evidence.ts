/**
 * A link of the theory of change that the preferred option depends on (shared/analysis/toc.ts:
 * both ends on the chain into an outcome an effect of the option belongs to) rests on an assumption
 * with no evidence for it.
 */
import { dependentEdges } from '../toc';
import { defineRule } from './types';

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

export const tocAssumptionNoEvidence = defineRule({
  id: 'toc-assumption-no-evidence',
  severity: 'low',
  phase: 'preparation',
  step: 'theory',
  message: 'findings.toc-assumption-no-evidence',
  applies: (doc) =>
    dependentEdges(doc)
      .filter((e) => e.link.assumption.trim() !== '' && e.link.evidence.trim() === '')
      .map((e) => ({
        itemId: e.from.id,
        key: `${e.from.id}-${e.to.id}`,
        field: `links-${e.to.id}-evidence`,
        params: { from: clip(e.from.text.trim()), to: clip(e.to.text.trim()) },
      })),
});
