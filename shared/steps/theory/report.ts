/** The theory section of the report (in its phase's chapter). */
import type { Cell } from '../../report/blocks';
import { emptyBlock, sectionHeading, translatorOf } from '../../report/format';
import type { StepReport } from '../types';

const LINKS = ['activities', 'outputs', 'outcomes', 'impacts'] as const;

export const theoryReport: StepReport = ({ preparation: p }, lang) => {
  const t = translatorOf(lang);
  const rows: Cell[][] = LINKS.flatMap((list) =>
    p.theoryOfChange[list].map((s) => [{ text: t(`fields.${list}`), bold: true }, s.text || '—', s.assumption || '—']),
  );
  return [
    sectionHeading(t('report.theory')),
    rows.length
      ? {
          kind: 'table',
          columns: [
            { header: t('report.link'), width: 1 },
            { header: t('report.description'), width: 2.5 },
            { header: t('report.assumption'), width: 2.5 },
          ],
          rows,
        }
      : emptyBlock(lang),
  ];
};
