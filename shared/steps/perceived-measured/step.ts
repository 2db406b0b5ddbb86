/** Step 4 of evaluation: what residents actually noticed, beside what was expected. */
import { emptyBlock, sectionHeading, translatorOf } from '../../report/format';
import { filled, share } from '../share';
import { defineStep } from '../types';

export const perceivedMeasuredStep = defineStep({
  id: 'perceived-measured',
  phase: 'evaluation',
  requirements: (doc) => {
    const outcomes = doc.preparation.perceivedOutcomes;
    const done = new Set(doc.evaluation.perceivedResults.filter((r) => filled(r.result)).map((r) => r.perceivedOutcomeId));
    return [{ id: 'perceived-results', filled: share(outcomes.filter((p) => done.has(p.id)).length, outcomes.length) }];
  },
  report: (doc, lang) => {
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
  },
});
