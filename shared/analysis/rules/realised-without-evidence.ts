/** A realised effect is claimed without evidence. */
import { defineRule } from './types';
import { realisedWithEffect } from './realised';

export const realisedWithoutEvidence = defineRule({
  id: 'realised-without-evidence',
  severity: 'high',
  phase: 'evaluation',
  step: 'expected-realised',
  field: 'evidence',
  message: 'findings.realised-without-evidence',
  applies: (doc) =>
    realisedWithEffect(doc)
      .filter(({ realised }) => realised.evidence.trim() === '')
      .map(({ realised, theme }) => ({ itemId: realised.effectId, key: realised.effectId, params: { theme } })),
});
