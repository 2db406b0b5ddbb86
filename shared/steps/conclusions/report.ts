/** The conclusions section of the report (in its phase's chapter). */
import { orEmpty, sectionHeading, translatorOf } from '../../report/format';
import { otherChoicesExAnteRow } from '../process/ex-ante';
import type { StepReport } from '../types';

export const conclusionsReport: StepReport = (doc, lang) => {
  const e = doc.evaluation;
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
        ...otherChoicesExAnteRow(doc, lang),
      ],
    },
  ];
};
