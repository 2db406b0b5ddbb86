import type { longListNl } from './long-list.nl';

/** English words for long lists of checkboxes and the paged findings panel. */
export const longListEn: typeof longListNl = {
  longList: {
    search: 'Search in: {{list}}',
    searchHint: 'Ticked items always stay in the list. Type part of a name to find the others.',
    shown: '{{shown}} of {{total}} shown',
    noMatch: 'Nothing found for "{{query}}".',
    findings: 'the points still missing',
  },
};
