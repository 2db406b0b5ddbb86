import type { typographyNl } from './typography.nl';

/** English words of the report's typography (issue 19). */
export const typographyEn: typeof typographyNl = {
  typography: {
    unprintableLabel: 'Not printed',
    unprintableOne:
      '1 character could not be printed: the embedded font does not have it. It is shown as {{marker}} in the text ({{codes}}).',
    unprintableOther:
      '{{count}} characters could not be printed: the embedded font does not have them. They are shown as {{marker}} in the text ({{codes}}).',
    sourcesText:
      'Every source that occurs in this document, once each, with where it is used: the sources of indicators, measurements, citizen signals and perceived results, and the parts of the evidence field (separated by a semicolon, a new line or the end of a sentence) that name a source: short (at most 15 words), with no figures other than years, and with a name (a word with a capital letter after the first word), a year or “Source:”.',
    sourceColumn: 'Source',
    usedColumn: 'Used for',
    used: {
      indicator: 'indicator {{name}}',
      measurements: 'measurements of {{name}} ({{count}})',
      measurement: 'measurement of {{name}}',
      signal: 'citizen signal, {{date}}',
      perceived: 'perceived result: {{name}}',
      effect: 'expected effect on {{theme}} ({{option}})',
      realised: 'realised effect on {{theme}}',
      unintended: 'unintended effect on {{theme}}',
      more: 'and {{count}} more',
    },
  },
};
