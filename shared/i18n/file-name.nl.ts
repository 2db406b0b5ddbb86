/** Dutch words in the names of exported files (shared/report/file-name.ts); made into lower-case words with hyphens. */
export const fileNameNl = {
  fileName: {
    all: 'rapport',
    preparation: 'voorbereiding',
    implementation: 'uitvoering',
    evaluation: 'evaluatie',
    'as-frozen': 'zoals vastgelegd',
    data: 'gegevens',
    indicators: 'indicatoren',
    raadsvoorstel: 'raadsvoorstel',
  },
};
