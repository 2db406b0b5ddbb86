/** What residents value, or how they were involved, must be on record. */
import { defineRule, when } from './types';

export const noCitizenInput = defineRule({
  id: 'no-citizen-input',
  severity: 'medium',
  phase: 'preparation',
  step: 'problem',
  field: 'citizenValues',
  message: 'findings.no-citizen-input',
  applies: ({ preparation: p }) => when(p.citizenValues.trim() === '' && p.citizenInvolvement.trim() === ''),
});
