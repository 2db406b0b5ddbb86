/** The realised effects the evaluation rules look at: assessed ones, once the document reached evaluation. */
import { themeOf } from '../../framework/framework';
import type { Localized } from '../../framework/types';
import type { AssessmentDocument, RealisedEffect } from '../../model/document';

/** Each assessed realised effect with its theme's name (or the effect id when the effect is gone). */
export function realisedWithEffect(doc: AssessmentDocument): { realised: RealisedEffect; theme: Localized | string }[] {
  if (doc.context.phase !== 'evaluation') return [];
  const effects = new Map(doc.preparation.effects.map((e) => [e.id, e]));
  return doc.evaluation.realisedEffects
    .filter((r) => r.direction !== null)
    .map((realised) => {
      const effect = effects.get(realised.effectId);
      return { realised, theme: effect ? themeOf(effect.theme).name : realised.effectId };
    });
}
