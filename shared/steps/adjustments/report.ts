/** The adjustments section of the report: each decision, its reason and what it concerns. */
import { themeOf } from '../../framework/framework';
import type { AssessmentDocument } from '../../model/document';
import { changeLabel } from '../../analysis/adjusted';
import { isMessageKey } from '../../i18n';
import { emptyBlock, num, sectionHeading, translatorOf, type Lang } from '../../report/format';
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

/** A recorded value as the report writes it. */
const value = (lang: Lang, v: string | number | null) => (v === null || v === '' ? '—' : typeof v === 'number' ? num(lang, v, 4) : v);

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
        [
          concerns(doc, lang, a.indicatorIds, a.effectIds),
          ...(a.changes ?? []).map((c) => `${changeLabel(doc, c, t, lang, isMessageKey)}: ${value(lang, c.from)} → ${value(lang, c.to)}`),
        ]
          .filter((line, k, all) => !(line === '—' && all.length > 1))
          .join('\n'),
      ]),
    },
  ];
};
