/**
 * The report's blocks of the decision-grade trade-off: the one-page effect map (the preferred option
 * against the zero option), the counts per dimension (never a mean of ordinal scores), who gains
 * and who loses per group, and the options side by side with costs, feasibility and risks.
 */
import {
  amountText,
  costsText,
  directionText,
  feasibilityLines,
  groupName,
  riskLines,
  robustnessText,
  signed,
  whereText,
  whoText,
} from '../analysis/effect-text';
import { distribution } from '../analysis/groups';
import { effectsOf, policyOptions, relativeScores, sideBySide, zeroOption } from '../analysis/options';
import { robustness } from '../analysis/robustness';
import { dimensions, themeOf, themes } from '../framework/framework';
import type { AssessmentDocument, Effect, PolicyOption, RealisedEffect } from '../model/document';
import type { Block, Cell } from './blocks';
import { direction, translatorOf, type Lang } from './format';
import type { Tone } from '../charts/shapes';
import { EFFECT_LIMIT, effectsLeftOutNote } from './effect-limits';

const tone = (v: number | null | undefined): Tone => ((v ?? 0) > 0 ? 'positive' : (v ?? 0) < 0 ? 'negative' : 'neutral');

/** One effect as cell text: direction and confidence, where, who, how much. */
function entryText(doc: AssessmentDocument, e: Effect, lang: Lang): string {
  const t = translatorOf(lang);
  return [directionText(e, t, false), whereText(e.where, t), whoText(doc, e, t), amountText(e, t, lang)].filter(Boolean).join('\n');
}

/** A realised direction, or "niet gekwantificeerd" when it was marked so (the reason is in the evaluation chapter and the limitations). */
const realisedText = (r: RealisedEffect | undefined, lang: Lang): string =>
  r?.notQuantified ? translatorOf(lang)('limits.notQuantified') : direction(lang, r?.direction ?? null);

/** How much, in the compact map: "niet gekwantificeerd" without its reason (the effects section and the limitations give it). */
function mapAmount(e: Effect, lang: Lang): string {
  const t = translatorOf(lang);
  return [e.notQuantified ? t('limits.notQuantified') : '', amountText({ ...e, notQuantified: null }, t, lang)].filter(Boolean).join(' · ');
}

/** The effect map: per theme the zero option's development and the preferred option's effects relative to it. */
export function effectMapBlocks(doc: AssessmentDocument, preferred: PolicyOption, lang: Lang, withRealised: boolean, all = true): Block[] {
  const t = translatorOf(lang);
  const zero = zeroOption(doc);
  const realised = new Map(doc.evaluation.realisedEffects.map((r) => [r.effectId, r]));
  const reference = zero ? effectsOf(doc, zero.id, true) : [];
  const own = effectsOf(doc, preferred.id, true);
  // Limited (a large document): the first EFFECT_LIMIT entries per theme, of the reference and of the option.
  const limit = all ? Infinity : EFFECT_LIMIT;
  let left = 0;
  const first = <T>(list: T[]) => {
    left += Math.max(0, list.length - limit);
    return list.length > limit ? list.slice(0, limit) : list;
  };
  const rows: Cell[][] = themes.flatMap((theme) => {
    const ref = first(reference.filter((e) => e.theme === theme.id));
    const refText = ref.map((e) => [direction(lang, e.direction), e.rationale.trim()].filter(Boolean).join('\n')).join('\n') || '—';
    const entries = first(own.filter((e) => e.theme === theme.id));
    const dimension = dimensions.find((d) => d.id === theme.dimension)!.name[lang];
    const head = [{ text: `${theme.name[lang]}\n(${dimension})`, bold: true }, refText] as Cell[];
    if (entries.length === 0) return [[...head, '—', '—', '—', ...(withRealised ? ['—'] : [])]];
    return entries.map((e, i) => {
      const r = realised.get(e.id);
      return [
        ...(i === 0 ? head : ['', '']),
        { text: directionText(e, t, false), tone: tone(e.direction) },
        [whereText(e.where, t), whoText(doc, e, t)].join('\n'),
        mapAmount(e, lang) || '—',
        ...(withRealised ? [{ text: realisedText(r, lang), tone: tone(r?.direction) }] : []),
      ];
    });
  });
  return [
    { kind: 'heading', level: 2, text: t('tradeoff.report.effectMap', { option: preferred.name }) },
    { kind: 'paragraph', text: t('tradeoff.report.effectMapNote'), style: 'small' },
    {
      kind: 'table',
      fontSize: 6.5,
      columns: [
        { header: t('report.theme'), width: 1.1 },
        {
          header: zero ? t('tradeoff.review.reference', { option: zero.name }) : t('tradeoff.review.referenceCell'),
          width: withRealised ? 2.1 : 2.4,
        },
        { header: t('tradeoff.report.effect'), width: 1.1 },
        { header: `${t('tradeoff.fields.where')} / ${t('tradeoff.fields.groups')}`, width: 1.9 },
        { header: t('tradeoff.report.amount'), width: 1.7 },
        ...(withRealised ? [{ header: t('report.realised'), width: 1.3 }] : []),
      ],
      rows,
    },
    ...effectsLeftOutNote(lang, left),
  ];
}

/** Per option and dimension: the number of +, − and 0, and the lowest and highest direction. */
export function dimensionCountBlocks(doc: AssessmentDocument, lang: Lang): Block[] {
  const t = translatorOf(lang);
  const rows: Cell[][] = policyOptions(doc).flatMap((o) =>
    relativeScores(doc, o.id).map((s, i) => [
      i === 0 ? { text: o.name, bold: true } : '',
      dimensions.find((d) => d.id === s.dimension)!.name[lang],
      s.min === null ? t('tradeoff.review.noEffects') : t('tradeoff.review.counts', { plus: s.plus, minus: s.minus, zero: s.zero }),
      s.min === null ? '—' : t('tradeoff.review.range', { min: signed(s.min), max: signed(s.max!) }),
    ]),
  );
  return [
    { kind: 'heading', level: 2, text: t('tradeoff.report.dimensions') },
    {
      kind: 'table',
      columns: [
        { header: t('tradeoff.report.option'), width: 2.4 },
        { header: t('report.dimension'), width: 1.2 },
        { header: '+ / − / 0', width: 1.4 },
        { header: t('tradeoff.review.range', { min: '…', max: '…' }), width: 1.2 },
      ],
      rows,
    },
  ];
}

/** Who gains and who loses, per group and option. */
export function distributionBlocks(doc: AssessmentDocument, lang: Lang): Block[] {
  const t = translatorOf(lang);
  const options = policyOptions(doc);
  const groups = distribution(doc);
  const heading: Block = { kind: 'heading', level: 3, text: t('tradeoff.report.distribution') };
  if (groups.length === 0) return [heading, { kind: 'paragraph', text: t('tradeoff.review.noGroup'), style: 'muted' }];
  return [
    heading,
    {
      kind: 'table',
      columns: [{ header: t('tradeoff.review.group'), width: 1.6 }, ...options.map((o) => ({ header: o.name, width: 1.4 }))],
      rows: groups.map((g) => [
        { text: groupName(doc, g.group, t), bold: true },
        ...g.cells.map((c) => (c.gains + c.loses ? t('tradeoff.review.gainsLoses', { gains: c.gains, loses: c.loses }) : '—')),
      ]),
    },
  ];
}

/** The options side by side per theme, the zero option as the reference column; then costs, feasibility and risks. */
export function sideBySideBlocks(doc: AssessmentDocument, lang: Lang): Block[] {
  const t = translatorOf(lang);
  const zero = zeroOption(doc);
  const options = policyOptions(doc);
  const all = zero ? [zero, ...options] : options;
  const width = Math.max(1, 6 / Math.max(1, all.length));
  const columns = [
    { header: t('report.theme'), width: 1.1 },
    ...(zero ? [{ header: t('tradeoff.review.reference', { option: zero.name }), width }] : []),
    ...options.map((o) => ({ header: o.name, width })),
  ];
  const themeRows: Cell[][] = sideBySide(doc).map((r) => [
    { text: themeOf(r.theme).name[lang], bold: true },
    ...(zero ? [r.reference.map((e) => directionText(e, t, false)).join('\n') || '—'] : []),
    ...r.cells.map((c) => c.effects.map((e) => entryText(doc, e, lang)).join('\n\n') || '—'),
  ]);
  const line = (label: string, of: (o: PolicyOption) => string[]): Cell[] => [
    { text: label, bold: true },
    ...all.map((o) => of(o).join('\n') || '—'),
  ];
  const robust = robustness(doc);
  return [
    { kind: 'heading', level: 2, text: t('tradeoff.report.sideBySide') },
    { kind: 'paragraph', text: t('tradeoff.review.sideBySideHint'), style: 'small' },
    { kind: 'table', fontSize: 7, columns, rows: themeRows },
    { kind: 'heading', level: 3, text: t('tradeoff.report.costsFeasibility') },
    {
      kind: 'table',
      fontSize: 7,
      columns,
      rows: [
        line(t('tradeoff.review.costs'), (o) => [costsText(o, t, lang)]),
        line(t('tradeoff.review.feasibility'), (o) => feasibilityLines(o, t)),
      ],
    },
    { kind: 'heading', level: 3, text: t('tradeoff.report.risks') },
    { kind: 'table', fontSize: 7, columns, rows: [line(t('tradeoff.review.risks'), (o) => riskLines(o, t))] },
    ...distributionBlocks(doc, lang),
    { kind: 'heading', level: 3, text: t('tradeoff.review.preferred') },
    {
      kind: 'fields',
      rows: [
        [t('tradeoff.review.preferred'), doc.preparation.options.find((o) => o.id === doc.preparation.preferredOptionId)?.name ?? '—'],
        [t('tradeoff.review.why'), doc.preparation.preferredReason.trim() || t('tradeoff.review.noReason')],
        [t('tradeoff.review.robustness'), robustnessText(doc, robust, t, lang)],
      ],
    },
  ];
}
