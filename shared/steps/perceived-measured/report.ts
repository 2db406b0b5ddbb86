/** The perceived measured section of the report (in its phase's chapter). */
import { emptyBlock, sectionHeading, translatorOf } from '../../report/format';
import type { StepReport } from '../types';

export const perceivedMeasuredReport: StepReport = (doc, lang) => {
  const t = translatorOf(lang);
  const outcomes = doc.preparation.perceivedOutcomes;
  if (outcomes.length === 0) return [sectionHeading(t('report.perceivedMeasured')), emptyBlock(lang)];
  return [
    sectionHeading(t('report.perceivedMeasured')),
    {
      kind: 'table',
      columns: [
        { header: t('report.perceivedWhat'), width: 2.4 },
        { header: t('report.noticed'), width: 1 },
        { header: t('report.result'), width: 3 },
        { header: t('report.source'), width: 1.4 },
      ],
      rows: outcomes.map((o) => {
        const r = doc.evaluation.perceivedResults.find((x) => x.perceivedOutcomeId === o.id);
        return [o.description || '—', r ? t(`perceivedResult.options.${r.noticed}`) : '—', r?.result || '—', r?.source || '—'];
      }),
    },
  ];
};
