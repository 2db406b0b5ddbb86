import type { scaleNl } from './scale.nl';

/** English words for large documents. */
export const scaleEn: typeof scaleNl = {
  scale: {
    measurementsLimited:
      'Per indicator only the {limit, plural, one {last measurement is} other {last # measurements are}} in this report; {left, plural, one {# earlier measurement is} other {# earlier measurements are}} left out. The chart and the signal still use every measurement. To see them all, choose "Include all measurements" when exporting.',
    valuesLeftOut: '{left, plural, one {# earlier measurement} other {# earlier measurements}} ({{from}} to {{to}}) left out',
    exportAllMeasurements: 'Include all measurements (the report will be long)',
    exportAllMeasurementsHint:
      'Off: the {limit, plural, one {last measurement} other {last # measurements}} per indicator. Off by default above {threshold, plural, one {# measurement} other {# measurements}}.',
    showing: '{{from}}–{{to}} of {{total}}',
    previousPage: 'Previous {{size}}',
    nextPage: 'Next {{size}}',
    pager: 'Page through {{what}}',
  },
};
