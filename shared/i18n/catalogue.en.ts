import type { catalogueNl } from './catalogue.nl';

/** English messages of the indicator catalogue. */
export const catalogueEn: typeof catalogueNl = {
  catalogue: {
    filterPublisher: 'Source (publisher)',
    filterGroup: 'Breakdown by group',
    filterVerified: 'Checked',
    verifiedOnly: 'verified only',
    unverifiedOnly: 'unverified only',
    source: 'Source',
    scales: 'Published per',
    lag: 'Lag',
    lagYears: 'reference year + {count, plural, one {# year} other {# years}}',
    population: 'Population',
    survey: 'Sample',
    groups: 'Breakdown',
    noGroups: 'no breakdown by group',
    verified: 'Verified with the publisher',
    unverified: 'Not verified',
    unverifiedWhat: 'Not verified: {{what}}',
    more: 'More about the source',
    note: 'Note',
    group: { sex: 'sex', age: 'age', education: 'education', migration: 'migration background', income: 'income' },
    unsure: {
      table: 'table id or dataset',
      placement: 'place in the monitor',
      unit: 'unit or population',
      scales: 'scale levels',
      lag: 'publication lag',
      groups: 'breakdown by group',
      publisher: 'publisher',
    },
    appendixTitle: 'Origin of the catalogue indicators',
    appendixText:
      'For each indicator from the catalogue: the publisher, the table or dataset and the edition. What was not checked with the publisher is marked ‘not verified’.',
  },
};
