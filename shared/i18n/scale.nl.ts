/** Dutch words for large documents: the shortened measurement list in the report, paged lists. */
export const scaleNl = {
  scale: {
    measurementsLimited:
      'Per indicator staan alleen de laatste {{limit}} metingen in dit rapport; {{left}} eerdere metingen zijn weggelaten. Grafiek en signaal gebruiken wel alle metingen. Wilt u ze allemaal zien, kies dan bij het exporteren "Alle metingen opnemen".',
    valuesLeftOut: '{{left}} eerdere metingen ({{from}} t/m {{to}}) weggelaten',
    exportAllMeasurements: 'Alle metingen opnemen (het rapport wordt dan lang)',
    exportAllMeasurementsHint: 'Uit: per indicator de laatste {{limit}} metingen. Standaard uit bij meer dan {{threshold}} metingen.',
    showing: '{{from}}–{{to}} van {{total}}',
    previousPage: 'Vorige {{size}}',
    nextPage: 'Volgende {{size}}',
    effectsOn: 'de effecten op {{theme}}',
    pager: 'Bladeren door {{what}}',
  },
};
