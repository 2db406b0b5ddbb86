/** The distribution section of the report (in its phase's chapter). */
import { orEmpty, sectionHeading, translatorOf } from '../../report/format';
import type { StepReport } from '../types';

export const distributionReport: StepReport = ({ evaluation: { distribution: d } }, lang) => {
  const t = translatorOf(lang);
  return [
    sectionHeading(t('report.distribution')),
    {
      kind: 'fields',
      rows: [
        [t('distribution.gainers'), orEmpty(lang, d.gainers)],
        [t('distribution.losers'), orEmpty(lang, d.losers)],
        [t('report.inequality'), t(`distribution.inequalityOptions.${d.inequality}`)],
        [t('distribution.explanation'), orEmpty(lang, d.explanation)],
      ],
    },
  ];
};
