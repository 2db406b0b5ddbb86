/** The results section of the report: each indicator's final value against its baseline and target. */
import { targetReached } from '../../analysis/signal';
import type { AssessmentDocument, Indicator } from '../../model/document';
import type { Cell } from '../../report/blocks';
import { num, sectionHeading, translatorOf, type Lang } from '../../report/format';
import type { StepReport } from '../types';

const TONE = { achieved: 'positive', missed: 'negative', nearly: 'target' } as const;

function resultRow(doc: AssessmentDocument, i: Indicator, lang: Lang): Cell[] {
  const t = translatorOf(lang);
  const final = doc.evaluation.finalValues.find((f) => f.indicatorId === i.id) ?? null;
  const r = targetReached(i, final?.value ?? null);
  return [
    { text: i.name, bold: true },
    i.baseline ? `${num(lang, i.baseline.value)} (${i.baseline.year})` : '—',
    i.target ? `${num(lang, i.target.value)} (${i.target.year})` : '—',
    final ? `${num(lang, final.value)} (${final.date})${final.note ? `\n${final.note}` : ''}` : '—',
    { text: t(`result.${r}`), tone: TONE[r as keyof typeof TONE] ?? 'muted', bold: r === 'missed' },
  ];
}

export const resultsReport: StepReport = (doc, lang) => {
  const t = translatorOf(lang);
  return [
    sectionHeading(t('report.results')),
    {
      kind: 'table',
      fontSize: 8,
      columns: [
        { header: t('report.indicator'), width: 2.2 },
        { header: t('report.baseline'), width: 1 },
        { header: t('report.target'), width: 1 },
        { header: t('report.finalValue'), width: 2.8 },
        { header: t('report.outcome'), width: 1.1 },
      ],
      rows: doc.preparation.indicators.map((i) => resultRow(doc, i, lang)),
    },
  ];
};
