/** Step 4 of preparation: the options, always with the zero option to compare against. */
import { sectionHeading, translatorOf } from '../../report/format';
import { defineStep } from '../types';

export const optionsStep = defineStep({
  id: 'options',
  phase: 'preparation',
  requirements: ({ preparation: p }) => [{ id: 'options', filled: p.options.some((o) => o.isZeroOption) && p.options.length >= 2 ? 1 : 0 }],
  report: ({ preparation: p }, lang) => {
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
              o.name +
              (o.isZeroOption ? ` (${t('report.zero')})` : '') +
              (p.preferredOptionId === o.id ? ` (${t('report.preferred')})` : ''),
            bold: true,
          },
          o.description || '—',
        ]),
      },
    ];
  },
});
