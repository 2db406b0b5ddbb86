import type { AssessmentDocument, RealisedEffect } from '../../../shared/model/document';

/** The realised effect for an expected one, created on first edit (expected versus realised, and its limits). */
export function realisedOf(d: AssessmentDocument, effectId: string): RealisedEffect {
  const found = d.evaluation.realisedEffects.find((x) => x.effectId === effectId);
  if (found) return found;
  d.evaluation.realisedEffects.push({
    effectId,
    direction: null,
    evidence: '',
    contributionConfidence: null,
    contributionArgument: '',
    lag: null,
  });
  return d.evaluation.realisedEffects.at(-1)!;
}
