/**
 * The report's "Beperkingen" (limitations) chapter, and the basis printed beside each conclusion
 * about a realised effect: its contribution confidence, the counterfactual from the zero option, and
 * whether it lasts. Derived by shared/analysis/limitations.ts; words from the catalogue (`limits.*`).
 */
import type { EffectComparison } from '../analysis/compare';
import { conclusionBasis, limitations, type IndicatorLimits, type NotQuantifiedItem } from '../analysis/limitations';
import { contributionText, counterfactualText, lastingText, notQuantifiedText } from '../analysis/limits-text';
import { themeOf } from '../framework/framework';
import type { AssessmentDocument, Phase } from '../model/document';
import type { Block, Cell } from './blocks';
import { date, direction, translatorOf, type Lang } from './format';

/** An indicator's caveats in words: what changed and when, and low quality. */
function caveatText(l: IndicatorLimits, lang: Lang): string {
  const t = translatorOf(lang);
  const lines = [
    l.reasons.includes('low-quality') ? t('limits.because.low-quality') : '',
    ...l.changes.map((c) => t('limits.report.sourceChange', { date: date(lang, c.date), from: c.from, to: c.to })),
    l.otherSources.length ? t('limits.report.otherSource', { sources: l.otherSources.join(', ') }) : '',
    l.adjustedOn.length
      ? t('limits.report.adjustedOn', { dates: l.adjustedOn.map((d) => date(lang, d)).join(', ') })
      : l.reasons.includes('adjusted')
        ? t('limits.because.adjusted')
        : '',
  ];
  return lines.filter(Boolean).join('\n') || t('limits.report.none');
}

/** One not-quantified item as a line: what it is, and why it was not counted. */
function notQuantifiedLine(doc: AssessmentDocument, x: NotQuantifiedItem, lang: Lang): string {
  const t = translatorOf(lang);
  const mark = notQuantifiedText({ reason: x.reason }, t);
  if (x.kind === 'result') return `${t('limits.report.result', { indicator: x.indicator.name })} — ${mark}`;
  const theme = themeOf(x.effect.theme).name[lang];
  if (x.kind === 'realised') return `${t('limits.report.realisedEffect', { theme })} — ${mark}`;
  const option = doc.preparation.options.find((o) => o.id === x.effect.optionId)?.name ?? x.effect.optionId;
  return `${t('limits.report.expectedEffect', { option, theme })} — ${mark}`;
}

/**
 * The limitations chapter. A preparation report states the data's quality and cost and the effects
 * not quantified; once implementation or evaluation is reported, also the results' caveats, the
 * results and realised effects not quantified, and the conclusions with an uncertain contribution.
 */
export function limitationsChapter(doc: AssessmentDocument, lang: Lang, phase: 'all' | Phase): Block[] {
  const t = translatorOf(lang);
  const l = limitations(doc);
  const after = phase !== 'preparation';
  const level = (v: 'low' | 'medium' | 'high' | null) => (v ? t(`enums.costQuality.${v}`) : t('limits.report.unknown'));
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: t('limits.report.heading'), pageBreakBefore: true },
    { kind: 'paragraph', text: t('limits.report.intro'), style: 'small' },
    { kind: 'heading', level: 2, text: t('limits.report.dataHeading') },
  ];
  if (l.indicators.length === 0) blocks.push({ kind: 'paragraph', text: t('report.empty'), style: 'muted' });
  else
    blocks.push({
      kind: 'table',
      fontSize: 7.5,
      columns: [
        { header: t('limits.report.indicator'), width: 2.2 },
        { header: t('limits.report.source'), width: 1.6 },
        { header: t('limits.report.quality'), width: 0.8 },
        { header: t('limits.report.cost'), width: 0.8 },
        ...(after ? [{ header: t('limits.report.caveat'), width: 2.6 }] : []),
      ],
      rows: l.indicators.map((x): Cell[] => [
        { text: x.indicator.name, bold: true },
        x.indicator.source.trim() || '—',
        { text: level(x.quality), tone: x.quality === 'low' ? 'negative' : 'neutral', bold: x.quality === 'low' },
        level(x.cost),
        ...(after ? [{ text: caveatText(x, lang), tone: x.reasons.length ? ('target' as const) : ('neutral' as const) }] : []),
      ]),
    });
  const notQuantified = l.notQuantified.filter((x) => after || x.kind === 'effect');
  blocks.push({ kind: 'heading', level: 2, text: t('limits.report.notQuantifiedHeading') });
  if (notQuantified.length === 0) blocks.push({ kind: 'paragraph', text: t('limits.report.none'), style: 'muted' });
  else
    blocks.push(
      { kind: 'paragraph', text: t('limits.report.notQuantifiedIntro'), style: 'small' },
      { kind: 'bullets', items: notQuantified.map((x) => notQuantifiedLine(doc, x, lang)) },
    );
  if (after && l.weakContribution.length > 0) {
    blocks.push(
      { kind: 'heading', level: 2, text: t('limits.report.contributionHeading') },
      {
        kind: 'bullets',
        items: l.weakContribution.map(({ effect, realised }) =>
          t('limits.report.contributionLine', {
            theme: themeOf(effect.theme).name[lang],
            level: realised.contributionConfidence
              ? t(`enums.confidence.${realised.contributionConfidence}`)
              : t('limits.contributionNone'),
          }),
        ),
      },
    );
  }
  return blocks;
}

/** Beside the conclusions about realised effects: the realised direction (or not quantified), contribution, counterfactual, lasting. */
export function conclusionBasisBlocks(doc: AssessmentDocument, comparisons: EffectComparison[], lang: Lang): Block[] {
  const t = translatorOf(lang);
  const rows = comparisons
    .filter((c) => c.realised && (c.realised.direction !== null || c.realised.notQuantified))
    .map((c): Cell[] => {
      const basis = conclusionBasis(doc, c.effect);
      const r = c.realised!;
      return [
        { text: themeOf(c.effect.theme).name[lang], bold: true },
        r.notQuantified ? notQuantifiedText(r.notQuantified, t) : direction(lang, r.direction),
        { text: contributionText(basis, t), tone: basis.confidence === 'high' ? 'neutral' : 'target' },
        counterfactualText(basis, t, (d) => direction(lang, d)),
        lastingText(r, t) || '—',
      ];
    });
  if (rows.length === 0) return [];
  return [
    { kind: 'heading', level: 3, text: t('limits.report.basisHeading') },
    {
      kind: 'table',
      fontSize: 7.5,
      columns: [
        { header: t('limits.report.theme'), width: 1.2 },
        { header: t('limits.report.realised'), width: 1.6 },
        { header: t('limits.contribution'), width: 1.1 },
        { header: t('limits.counterfactual'), width: 2.6 },
        { header: t('limits.report.lasting'), width: 2.2 },
      ],
      rows,
    },
  ];
}
