/**
 * The expected-versus-realised section of the report: per expected effect, what was realised (with
 * the grades of the indicators on its theme, against their frozen targets), the evidence and the contribution.
 */
import { expectedVersusRealised, type EffectComparison } from '../../analysis/compare';
import { gradeText } from '../../analysis/grade-words';
import { themeResults } from '../../analysis/results';
import { themeOf } from '../../framework/framework';
import type { AssessmentDocument } from '../../model/document';
import type { Block, Cell } from '../../report/blocks';
import { direction, emptyBlock, sectionHeading, translatorOf, type Lang } from '../../report/format';
import { EFFECT_LIMIT, effectsLeftOutNote, firstPerGroup } from '../../report/effect-limits';
import type { StepReport } from '../types';
import { effectEvidence } from './evidence';
import { conclusionBasisBlocks } from '../../report/limitations-blocks';

function comparisonRow(doc: AssessmentDocument, c: EffectComparison, lang: Lang): Cell[] {
  const t = translatorOf(lang);
  const grades = themeResults(doc, c.effect.theme)
    .filter((r) => r.final)
    .map((r) => `${r.indicator.name}: ${gradeText(r.originalGrade, t, lang)}`);
  const mismatch = c.comparison !== 'as-expected' && c.comparison !== 'unknown';
  const confidence = c.realised?.contributionConfidence ? t(`enums.confidence.${c.realised.contributionConfidence}`) : '—';
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
    confidence,
    c.realised?.contributionArgument || '—',
  ];
}

/** Beside one effect: its indicators (baseline, frozen target, last value, grade) and what citizens said about its theme. */
function evidenceBlocks(doc: AssessmentDocument, c: EffectComparison, lang: Lang): Block[] {
  const t = translatorOf(lang);
  const ev = effectEvidence(doc, c.effect, t, lang);
  const theme = themeOf(c.effect.theme).name[lang];
  const title = `${theme}: ${direction(lang, c.expected.direction)} → ${direction(lang, c.realised?.direction ?? null)}`;
  const about = c.effect.rationale.trim() || c.effect.gains.trim();
  return [
    { kind: 'paragraph', text: title, style: 'bold' },
    ...(about ? [{ kind: 'paragraph', text: about, style: 'small' } satisfies Block] : []),
    ev.rows.length
      ? {
          kind: 'table',
          fontSize: 7,
          columns: [
            { header: t('toc.indicator'), width: 2 },
            { header: t('toc.via'), width: 1.6 },
            { header: t('toc.baseline'), width: 1.1 },
            { header: t('toc.frozenTarget'), width: 1.1 },
            { header: t('toc.lastValue'), width: 1.5 },
            { header: t('toc.grade'), width: 1.7 },
          ],
          rows: ev.rows.map((r) => [r.result.indicator.name, r.via, r.baseline, r.target, r.last, { text: r.grade, tone: r.tone }]),
        }
      : { kind: 'paragraph', text: t('toc.noIndicatorEvidence'), style: 'muted' },
    { kind: 'paragraph', text: t('toc.signals', { theme }), style: 'small' },
    ev.citizens.length ? { kind: 'bullets', items: ev.citizens } : { kind: 'paragraph', text: t('toc.noSignals'), style: 'muted' },
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
        { header: t('report.evidence'), width: 2.2 },
        { header: t('report.contributionConfidence'), width: 1.1 },
        { header: t('report.contribution'), width: 2.2 },
      ],
      rows: comparisons.map((c) => comparisonRow(doc, c, lang)),
    },
    { kind: 'heading', level: 3, text: t('toc.evidenceReport') },
    ...comparisons.flatMap((c) => evidenceBlocks(doc, c, lang)),
    ...conclusionBasisBlocks(doc, comparisons, lang),
    ...effectsLeftOutNote(lang, left),
  ];
};
