/** Dutch words for the folds that keep long steps light (issue 17): what a fold holds and how much of it is chosen. */
export const stepFoldsNl = {
  stepFolds: {
    effectsOf: 'de effecten van {{option}}',
    tocMeasured: 'Indicatoren, ervaren uitkomsten en effecten bij {{step}}',
    tocMeasuredImpact: 'Indicatoren en ervaren uitkomsten bij {{step}}',
    linked: '{{count}} gekoppeld',
    noneLinked: 'nog niets gekoppeld',
  },
};
