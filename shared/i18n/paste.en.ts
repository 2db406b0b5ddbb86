import type { pasteNl } from './paste.nl';

/** English messages of pasted measurements. */
export const pasteEn: typeof pasteNl = {
  paste: {
    unknownIndicator: 'unknown indicator "{{text}}"',
    invalidDate: 'invalid date "{{text}}" (use for example 2025-12-31)',
    invalidValue: 'invalid value "{{text}}"',
    incompleteComparison: 'comparison: give an area and a value',
  },
};
