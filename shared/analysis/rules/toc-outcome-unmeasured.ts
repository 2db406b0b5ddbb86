/** An outcome of the theory of change that no indicator and no perceived outcome would show: it cannot be checked afterwards. */
import { unmeasuredOutcomes } from '../toc';
import { defineRule } from './types';

export const tocOutcomeUnmeasured = defineRule({
  id: 'toc-outcome-unmeasured',
  severity: 'medium',
  phase: 'preparation',
  step: 'theory',
  field: 'indicatorIds',
  message: 'findings.toc-outcome-unmeasured',
  applies: (doc) => unmeasuredOutcomes(doc.preparation).map((o) => ({ itemId: o.id, key: o.id, params: { outcome: clip(o.text.trim()) } })),
});

const clip = (s: string) => (s.length > 80 ? `${s.slice(0, 79)}…` : s);
