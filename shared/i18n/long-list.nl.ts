/** Dutch words for long lists of checkboxes (a search field over the items not ticked) and the paged findings panel. */
export const longListNl = {
  longList: {
    search: 'Zoeken in: {{list}}',
    searchHint: 'Aangevinkte items staan altijd in de lijst. Typ een deel van de naam om de andere te vinden.',
    shown: '{{shown}} van {{total}} getoond',
    noMatch: 'Niets gevonden voor "{{query}}".',
    findings: 'de punten die nog ontbreken',
  },
};
