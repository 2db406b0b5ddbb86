/** Expected versus realised, per effect. */
import type { AssessmentDocument, Effect, RealisedEffect } from '../model/document';

export type Comparison = 'as-expected' | 'weaker' | 'stronger' | 'opposite' | 'unknown';

/**
 * Compares an expected direction with a realised one (both −2…+2):
 * unknown when either is missing; opposite when they have different non-zero signs;
 * when nothing was expected (0) any realised effect is "stronger";
 * otherwise by magnitude: equal → as-expected, smaller (incl. 0) → weaker, larger → stronger.
 */
export function compareDirections(expected: number | null, realised: number | null): Comparison {
  if (expected === null || realised === null) return 'unknown';
  if (expected !== 0 && realised !== 0 && Math.sign(expected) !== Math.sign(realised)) return 'opposite';
  if (Math.abs(realised) === Math.abs(expected)) return 'as-expected';
  return Math.abs(realised) < Math.abs(expected) ? 'weaker' : 'stronger';
}

export interface EffectComparison {
  effect: Effect;
  /** The expectation as frozen when implementation began, else as it stands now. */
  expected: Effect;
  realised: RealisedEffect | null;
  comparison: Comparison;
}

/** Every expected effect next to its realisation; the frozen expectation wins where there is one. */
export function expectedVersusRealised(doc: AssessmentDocument): EffectComparison[] {
  const frozen = new Map((doc.implementation.frozen?.effects ?? []).map((e) => [e.id, e]));
  const realised = new Map(doc.evaluation.realisedEffects.map((r) => [r.effectId, r]));
  return doc.preparation.effects.map((effect) => {
    const expected = frozen.get(effect.id) ?? effect;
    const r = realised.get(effect.id) ?? null;
    return { effect, expected, realised: r, comparison: compareDirections(expected.direction, r?.direction ?? null) };
  });
}
