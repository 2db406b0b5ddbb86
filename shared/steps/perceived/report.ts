/** The perceived section of the report (in its phase's chapter). */
import { emptyBlock, sectionHeading, translatorOf } from '../../report/format';
import type { StepReport } from '../types';

export const perceivedReport: StepReport = ({ preparation: p }, lang) => {
  const t = translatorOf(lang);
  if (p.perceivedOutcomes.length === 0) return [sectionHeading(t('report.perceived')), emptyBlock(lang)];
  return [
    sectionHeading(t('report.perceived')),
    {
      kind: 'table',
      columns: [
        { header: t('report.perceivedWhat'), width: 2.5 },
        { header: t('report.perceivedHow'), width: 2.5 },
        { header: t('report.indicator'), width: 1.5 },
      ],
      rows: p.perceivedOutcomes.map((o) => [
        o.description || '—',
        o.measurement || '—',
        p.indicators.find((i) => i.id === o.indicatorId)?.name ?? '—',
      ]),
    },
  ];
};
