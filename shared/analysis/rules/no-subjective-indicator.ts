/** Only objective indicators: what residents perceive is not measured. */
import { defineRule, when } from './types';

export const noSubjectiveIndicator = defineRule({
  id: 'no-subjective-indicator',
  severity: 'medium',
  phase: 'preparation',
  step: 'indicators',
  message: 'findings.no-subjective-indicator',
  applies: ({ preparation: { indicators } }) => when(indicators.length > 0 && !indicators.some((i) => i.kind === 'subjective')),
});
