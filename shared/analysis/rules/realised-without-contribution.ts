/** A realised effect lacks the argument (and confidence) that the policy contributed to it. */
import { defineRule } from './types';
import { realisedWithEffect } from './realised';

export const realisedWithoutContribution = defineRule({
  id: 'realised-without-contribution',
  severity: 'medium',
  phase: 'evaluation',
  step: 'expected-realised',
  field: 'contributionArgument',
  message: 'findings.realised-without-contribution',
  applies: (doc) =>
    realisedWithEffect(doc)
      .filter(({ realised }) => realised.contributionArgument.trim() === '' || realised.contributionConfidence === null)
      .map(({ realised, theme }) => ({ itemId: realised.effectId, key: realised.effectId, params: { theme } })),
});
