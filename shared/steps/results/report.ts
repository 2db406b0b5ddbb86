/**
 * The results section of the report: each indicator's final value graded against the target as
 * frozen and, when it was adjusted since, against the adjusted target (the same grade as the
 * results step and the CSV: shared/analysis/results.ts).
 */
import { GRADE_TONE } from '../../analysis/grade';
import { gradeText } from '../../analysis/grade-words';
import { indicatorResults, type IndicatorResult } from '../../analysis/results';
import type { Cell } from '../../report/blocks';
import { num, sectionHeading, translatorOf, type Lang } from '../../report/format';
import type { StepReport } from '../types';
import type { AssessmentDocument } from '../../model/document';
import { indicatorLimits, limitsIndex, resultNotQuantified, type LimitsIndex } from '../../analysis/limitations';
import { notQuantifiedText, reasonsText } from '../../analysis/limits-text';

const at = (lang: Lang, v: { value: number; year: number } | null) => (v ? `${num(lang, v.value)} (${v.year})` : '—');

function resultRow(doc: AssessmentDocument, r: IndicatorResult, lang: Lang, index: LimitsIndex): Cell[] {
  const t = translatorOf(lang);
  const { final, original, adjusted, originalGrade, adjustedGrade } = r;
  const { reasons } = indicatorLimits(doc, r.indicator, index);
  const caveat = reasons.length ? `\n${t('limits.caveat', { reasons: reasonsText(reasons, t) })}` : '';
  const unquantified = final ? null : resultNotQuantified(doc, r.indicator.id);
  const label = t(r.frozen ? 'grade.originalFrozen' : 'grade.original');
  const target = adjusted
    ? `${label}: ${at(lang, original.target)}\n${t('grade.adjusted')}: ${at(lang, adjusted.target)}`
    : at(lang, original.target);
  const baseline =
    adjusted && JSON.stringify(adjusted.baseline) !== JSON.stringify(original.baseline)
      ? `${at(lang, original.baseline)}\n${t('grade.adjusted')}: ${at(lang, adjusted.baseline)}`
      : at(lang, original.baseline);
  const grade = adjustedGrade
    ? `${gradeText(originalGrade, t, lang)}\n${t('grade.adjusted')}: ${gradeText(adjustedGrade, t, lang)}`
    : gradeText(originalGrade, t, lang);
  return [
    { text: r.indicator.name, bold: true },
    baseline,
    target,
    final
      ? `${num(lang, final.value)} (${final.date})${final.note ? `\n${final.note}` : ''}${caveat}`
      : unquantified
        ? notQuantifiedText(unquantified, t)
        : '—',
    { text: grade, tone: GRADE_TONE[originalGrade.grade], bold: originalGrade.grade === 'wrong-direction' },
  ];
}

export const resultsReport: StepReport = (doc, lang) => {
  const t = translatorOf(lang);
  const index = limitsIndex(doc);
  return [
    sectionHeading(t('report.results')),
    { kind: 'paragraph', text: t('grade.explain'), style: 'muted' },
    {
      kind: 'table',
      fontSize: 8,
      columns: [
        { header: t('report.indicator'), width: 2.2 },
        { header: t('report.baseline'), width: 1 },
        { header: t('report.target'), width: 1.4 },
        { header: t('report.finalValue'), width: 1.5 },
        { header: t('report.outcome'), width: 2 },
      ],
      rows: indicatorResults(doc).map((r) => resultRow(doc, r, lang, index)),
    },
  ];
};
