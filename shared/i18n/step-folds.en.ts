import type { stepFoldsNl } from './step-folds.nl';

/** English words for the folds that keep long steps light (issue 17). */
export const stepFoldsEn: typeof stepFoldsNl = {
  stepFolds: {
    effectsOf: 'the effects of {{option}}',
    tocMeasured: 'Indicators, perceived outcomes and effects for {{step}}',
    tocMeasuredImpact: 'Indicators and perceived outcomes for {{step}}',
    linked: '{{count}} linked',
    noneLinked: 'nothing linked yet',
  },
};
