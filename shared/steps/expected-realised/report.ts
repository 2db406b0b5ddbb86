/**
 * The expected-versus-realised section of the report: per expected effect, what was realised (with
 * the grades of the indicators on its theme, against their frozen targets), the evidence and the contribution.
 */
import { expectedVersusRealised, type EffectComparison } from '../../analysis/compare';
import { gradeText } from '../../analysis/grade-words';
import { themeResults } from '../../analysis/results';
import { themeOf } from '../../framework/framework';
import type { AssessmentDocument } from '../../model/document';
import type { Cell } from '../../report/blocks';
import { direction, emptyBlock, sectionHeading, translatorOf, type Lang } from '../../report/format';
import { EFFECT_LIMIT, effectsLeftOutNote, firstPerGroup } from '../../report/effect-limits';
import type { StepReport } from '../types';

function comparisonRow(doc: AssessmentDocument, c: EffectComparison, lang: Lang): Cell[] {
  const t = translatorOf(lang);
  const grades = themeResults(doc, c.effect.theme)
    .filter((r) => r.final)
    .map((r) => `${r.indicator.name}: ${gradeText(r.originalGrade, t, lang)}`);
  const mismatch = c.comparison !== 'as-expected' && c.comparison !== 'unknown';
  const confidence = c.realised?.contributionConfidence ? `${t(`enums.confidence.${c.realised.contributionConfidence}`)}: ` : '';
  return [
    { text: themeOf(c.effect.theme).name[lang], bold: true },
    direction(lang, c.expected.direction),
    [direction(lang, c.realised?.direction ?? null), ...grades].join('\n'),
    {
      text: `${mismatch ? '⚠ ' : ''}${t(`realised.compare.${c.comparison}`)}`,
      tone: c.comparison === 'opposite' ? 'negative' : mismatch ? 'target' : 'neutral',
      bold: mismatch,
    },
    c.realised?.evidence || '—',
    `${confidence}${c.realised?.contributionArgument || '—'}`,
  ];
}

export const expectedRealisedReport: StepReport = (doc, lang, options = {}) => {
  const t = translatorOf(lang);
  const preferred = doc.preparation.preferredOptionId;
  const all = expectedVersusRealised(doc).filter(
    (c) => (preferred === null || c.effect.optionId === preferred) && c.expected.direction !== null,
  );
  const { kept: comparisons, left } =
    options.allEffects === false ? firstPerGroup(all, (c) => c.effect.theme, EFFECT_LIMIT) : { kept: all, left: 0 };
  if (comparisons.length === 0) return [sectionHeading(t('report.expectedRealised')), emptyBlock(lang)];
  return [
    sectionHeading(t('report.expectedRealised')),
    {
      kind: 'table',
      fontSize: 7.5,
      columns: [
        { header: t('report.theme'), width: 1.2 },
        { header: t('report.expected'), width: 1.3 },
        { header: t('report.realised'), width: 1.3 },
        { header: t('report.comparison'), width: 1.2 },
        { header: t('report.evidence'), width: 2.4 },
        { header: t('report.contribution'), width: 2.4 },
      ],
      rows: comparisons.map((c) => comparisonRow(doc, c, lang)),
    },
    ...effectsLeftOutNote(lang, left),
  ];
};
