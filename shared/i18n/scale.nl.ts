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
    effectsOn: 'de effecten op {{theme}}',
    effectsLimited:
      'Per optie en thema staan alleen de eerste {{limit}} effecten in deze tabel; {{left}} effecten zijn weggelaten. Tellingen en profielen gebruiken wel alle effecten. Wilt u ze allemaal zien, kies dan bij het exporteren "Alle effecten opnemen".',
    findingsLimited:
      'Per soort staan alleen de eerste {{limit}} punten in deze lijst; {{left}} punten zijn weggelaten. Kies bij het exporteren "Alle effecten opnemen" om ze allemaal te zien.',
    exportAllEffects: 'Alle effecten opnemen (het rapport wordt dan lang)',
    exportAllEffectsHint: 'Uit: per optie en thema de eerste {{limit}} effecten. Standaard uit bij meer dan {{threshold}} effecten.',
    cellLimited:
      'De eerste {{limit}} effecten; {left, plural, one {# effect staat} other {# effecten staan}} alleen in de stap Verwachte effecten.',
    pager: 'Bladeren door {{what}}',
  },
};
