/** The options section of the report (in its phase's chapter). */
import { sectionHeading, translatorOf } from '../../report/format';
import type { StepReport } from '../types';

export const optionsReport: StepReport = ({ preparation: p }, lang) => {
  const t = translatorOf(lang);
  return [
    sectionHeading(t('report.options')),
    {
      kind: 'table',
      columns: [
        { header: t('report.option'), width: 1.3 },
        { header: t('report.description'), width: 3 },
      ],
      rows: p.options.map((o) => [
        {
          text:
            o.name + (o.isZeroOption ? ` (${t('report.zero')})` : '') + (p.preferredOptionId === o.id ? ` (${t('report.preferred')})` : ''),
          bold: true,
        },
        o.description || '—',
      ]),
    },
  ];
};
