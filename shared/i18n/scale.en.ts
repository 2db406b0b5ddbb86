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
    effectsOn: 'the effects on {{theme}}',
    effectsLimited:
      'Per option and theme only the first {{limit}} effects are in this table; {{left}} effects are left out. Counts and profiles still use every effect. To see them all, choose "Include all effects" when exporting.',
    findingsLimited:
      'Per kind only the first {{limit}} points are in this list; {{left}} points are left out. Choose "Include all effects" when exporting to see them all.',
    exportAllEffects: 'Include all effects (the report will be long)',
    exportAllEffectsHint: 'Off: the first {{limit}} effects per option and theme. Off by default above {{threshold}} effects.',
    cellLimited:
      'The first {{limit}} effects; {left, plural, one {# more effect is} other {# more effects are}} only in the Expected effects step.',
    pager: 'Page through {{what}}',
  },
};
