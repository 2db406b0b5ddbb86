/** The adjustments section of the report: each decision, its reason and what it concerns. */
import { themeOf } from '../../framework/framework';
import type { AssessmentDocument } from '../../model/document';
import { emptyBlock, sectionHeading, translatorOf, type Lang } from '../../report/format';
import type { StepReport } from '../types';

/** The indicators and effects an adjustment concerns, by name. */
function concerns(doc: AssessmentDocument, lang: Lang, indicatorIds: string[], effectIds: string[]): string {
  const indicators = indicatorIds.map((id) => doc.preparation.indicators.find((i) => i.id === id)?.name ?? id).join(', ');
  const effects = effectIds
    .map((id) => {
      const e = doc.preparation.effects.find((x) => x.id === id);
      return e ? themeOf(e.theme).name[lang] : id;
    })
    .join(', ');
  return [indicators, effects].filter(Boolean).join('; ') || '—';
}

export const adjustmentsReport: StepReport = (doc, lang) => {
  const t = translatorOf(lang);
  const { adjustments } = doc.implementation;
  if (adjustments.length === 0) return [sectionHeading(t('report.adjustments')), emptyBlock(lang)];
  return [
    sectionHeading(t('report.adjustments')),
    {
      kind: 'table',
      columns: [
        { header: t('report.date'), width: 1 },
        { header: t('report.decision'), width: 3 },
        { header: t('report.reason'), width: 3 },
        { header: t('report.concerns'), width: 2 },
      ],
      rows: adjustments.map((a) => [
        a.date,
        `${a.decision || '—'}${a.changesAmbition ? ` (${t('report.changesAmbition')})` : ''}`,
        a.reason || '—',
        concerns(doc, lang, a.indicatorIds, a.effectIds),
      ]),
    },
  ];
};
