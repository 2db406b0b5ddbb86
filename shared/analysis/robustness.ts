/**
 * How robust the preference is ("kwetsbare voorkeur"): on the dimension where the preferred option
 * leads the others most clearly, which of its low-confidence effects would, one step worse, make
 * another option (the zero option included, which scores 0) at least as good there.
 */
import { dimensionOf } from '../framework/framework';
import type { DimensionId } from '../framework/types';
import type { AssessmentDocument, Effect } from '../model/document';
import { effectsOf, preferredOption, relativeScores } from './options';

export type RobustnessStatus = 'no-preference' | 'no-lead' | 'robust' | 'vulnerable';

export interface Robustness {
  status: RobustnessStatus;
  /** The dimension the preference rests on. */
  dimension: DimensionId | null;
  /** The option that comes closest there. */
  rivalId: string | null;
  /** By how much (sum of directions) the preferred option leads there. */
  margin: number;
  /** The preferred option's low-confidence effects there that, one step worse, would undo the lead. */
  vulnerable: Effect[];
}

/** The robustness of the document's preference. */
export function robustness(doc: AssessmentDocument): Robustness {
  const preferred = preferredOption(doc);
  const none = { dimension: null, rivalId: null, margin: 0, vulnerable: [] };
  if (!preferred) return { status: 'no-preference', ...none };
  const own = relativeScores(doc, preferred.id);
  const rivals = doc.preparation.options.filter((o) => o.id !== preferred.id).map((o) => ({ id: o.id, scores: relativeScores(doc, o.id) }));
  if (rivals.length === 0) return { status: 'no-lead', ...none };
  let best: { dimension: DimensionId; rivalId: string; margin: number } | null = null;
  for (const [i, s] of own.entries()) {
    if (s.plus + s.minus + s.zero === 0) continue;
    const rival = rivals.reduce((a, b) => (b.scores[i]!.balance > a.scores[i]!.balance ? b : a));
    const margin = s.balance - rival.scores[i]!.balance;
    if (margin > 0 && (best === null || margin > best.margin)) best = { dimension: s.dimension, rivalId: rival.id, margin };
  }
  if (!best) return { status: 'no-lead', ...none };
  const dimension = best.dimension;
  const vulnerable =
    best.margin > 1
      ? []
      : effectsOf(doc, preferred.id).filter((e) => e.confidence === 'low' && e.direction! > -2 && dimensionOf(e.theme) === dimension);
  return { status: vulnerable.length ? 'vulnerable' : 'robust', ...best, vulnerable };
}
