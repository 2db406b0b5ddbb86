/** Dutch words for large documents: the shortened measurement list in the report, paged lists. */
export const scaleNl = {
  scale: {
    measurementsLimited:
      'Per indicator staan alleen de laatste {limit, plural, one {meting} other {# metingen}} in dit rapport; {left, plural, one {# eerdere meting is} other {# eerdere metingen zijn}} weggelaten. Grafiek en signaal gebruiken wel alle metingen. Wilt u ze allemaal zien, kies dan bij het exporteren "Alle metingen opnemen".',
    valuesLeftOut: '{left, plural, one {# eerdere meting} other {# eerdere metingen}} ({{from}} t/m {{to}}) weggelaten',
    exportAllMeasurements: 'Alle metingen opnemen (het rapport wordt dan lang)',
    exportAllMeasurementsHint:
      'Uit: per indicator de laatste {limit, plural, one {meting} other {# metingen}}. Standaard uit bij meer dan {threshold, plural, one {# meting} other {# metingen}}.',
    showing: '{{from}}–{{to}} van {{total}}',
    previousPage: 'Vorige {{size}}',
    nextPage: 'Volgende {{size}}',
    pager: 'Bladeren door {{what}}',
  },
};
