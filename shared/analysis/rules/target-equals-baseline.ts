/** An indicator's target equals its baseline: nothing is to change, so results can only be "held" or worse. */
import { defineRule } from './types';

export const targetEqualsBaseline = defineRule({
  id: 'target-equals-baseline',
  severity: 'high',
  phase: 'preparation',
  step: 'indicators',
  field: 'target',
  message: 'findings.target-equals-baseline',
  applies: (doc) =>
    doc.preparation.indicators.flatMap((ind) =>
      ind.baseline && ind.target && ind.target.value === ind.baseline.value
        ? [{ itemId: ind.id, key: ind.id, params: { name: ind.name } }]
        : [],
    ),
});
