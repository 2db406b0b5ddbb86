import type { scaleNl } from './scale.nl';

/** English words for large documents. */
export const scaleEn: typeof scaleNl = {
  scale: {
    measurementsLimited:
      'Per indicator only the last {{limit}} measurements are in this report; {{left}} earlier measurements are left out. The chart and the signal still use every measurement. To see them all, choose "Include all measurements" when exporting.',
    valuesLeftOut: '{{left}} earlier measurements ({{from}} to {{to}}) left out',
    exportAllMeasurements: 'Include all measurements (the report will be long)',
    exportAllMeasurementsHint: 'Off: the last {{limit}} measurements per indicator. Off by default above {{threshold}} measurements.',
    showing: '{{from}}–{{to}} of {{total}}',
    previousPage: 'Previous {{size}}',
    nextPage: 'Next {{size}}',
    effectsOn: 'the effects on {{theme}}',
    pager: 'Page through {{what}}',
  },
};
