/** Without indicators nothing can be monitored. */
import { defineRule, when } from './types';

export const noIndicators = defineRule({
  id: 'no-indicators',
  severity: 'high',
  phase: 'preparation',
  step: 'indicators',
  message: 'findings.no-indicators',
  applies: (doc) => when(doc.preparation.indicators.length === 0),
});
