/** The citizen signals section of the report (in its phase's chapter). */
import { emptyBlock, sectionHeading, translatorOf } from '../../report/format';
import type { StepReport } from '../types';

export const citizenSignalsReport: StepReport = (doc, lang) => {
  const t = translatorOf(lang);
  const signals = doc.implementation.citizenSignals;
  if (signals.length === 0) return [sectionHeading(t('report.citizenSignals')), emptyBlock(lang)];
  return [
    sectionHeading(t('report.citizenSignals')),
    {
      kind: 'table',
      columns: [
        { header: t('report.date'), width: 1 },
        { header: t('report.source'), width: 1.4 },
        { header: t('report.observation'), width: 4 },
        { header: t('report.by'), width: 1.2 },
      ],
      rows: signals.map((s) => [s.date, s.source || '—', s.observation || '—', s.by || '—']),
    },
  ];
};
