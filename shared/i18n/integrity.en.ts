/** English words of the link checks (shared/model/integrity.ts) in the command line. */
import type { integrityNl } from './integrity.nl';

export const integrityEn: typeof integrityNl = {
  integrity: {
    invalid: 'Invalid: links between items in {{file}} do not match ({{count}}):',
    warning: 'Warning: {{message}}',
  },
};
