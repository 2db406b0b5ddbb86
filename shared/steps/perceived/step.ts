/** Step 8 of preparation: what residents should notice, and how that is measured. */
import { emptyBlock, sectionHeading, translatorOf } from '../../report/format';
import { defineStep } from '../types';

export const perceivedStep = defineStep({
  id: 'perceived',
  phase: 'preparation',
  requirements: ({ preparation: p }) => [{ id: 'perceived', filled: p.perceivedOutcomes.length > 0 ? 1 : 0 }],
  report: ({ preparation: p }, lang) => {
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
  },
});
