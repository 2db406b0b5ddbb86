/** Step 6 of evaluation: lessons, a recommendation, and whether broad prosperity changed the choices. */
import { orEmpty, sectionHeading, translatorOf } from '../../report/format';
import { filled } from '../share';
import { defineStep } from '../types';

export const conclusionsStep = defineStep({
  id: 'conclusions',
  phase: 'evaluation',
  requirements: ({ evaluation: e }) => [
    { id: 'lessons', filled: filled(e.lessons) ? 1 : 0 },
    { id: 'recommendation', filled: e.recommendation ? 1 : 0 },
    { id: 'other-choices', filled: filled(e.otherChoices) ? 1 : 0 },
  ],
  report: ({ evaluation: e }, lang) => {
    const t = translatorOf(lang);
    return [
      sectionHeading(t('report.conclusions')),
      {
        kind: 'fields',
        rows: [
          [t('report.lessons'), orEmpty(lang, e.lessons)],
          [t('report.recommendation'), e.recommendation ? t(`conclusions.options.${e.recommendation}`) : t('report.empty')],
          [t('report.recommendationReason'), orEmpty(lang, e.recommendationReason)],
          [t('report.otherChoices'), orEmpty(lang, e.otherChoices)],
        ],
      },
    ];
  },
});
