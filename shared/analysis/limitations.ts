/**
 * The limits of what the assessment can claim (issue 18), derived from what the document already
 * records: the quality and cost of each indicator's data, results that rest on low-quality or
 * changed sources (a measurement from another source than the indicator names or than the one
 * before, or an indicator changed by an adjustment), what was marked "niet gekwantificeerd", and per
 * conclusion about a realised effect how sure its contribution is and what the zero option expected
 * on the same theme (the counterfactual). The results step, the expected-versus-realised step, the
 * report's "Beperkingen" section and the rules read this.
 */
import { THEME_IDS } from '../framework/framework';
import type { AssessmentDocument, Effect, Indicator, Measurement, RealisedEffect } from '../model/document';
import type { NotQuantified } from '../model/schema-limits';
import { zeroOption } from './options';
import { expectationChanges } from './changes';
import type { SourceChange } from './trend';

/** Why a result needs a caveat. */
export type LimitReason = 'low-quality' | 'source-changed' | 'adjusted';
export const LIMIT_REASONS: readonly LimitReason[] = ['low-quality', 'source-changed', 'adjusted'];

export interface IndicatorLimits {
  indicator: Indicator;
  quality: Indicator['dataQuality'];
  cost: Indicator['dataCost'];
  /** Changes of source between consecutive measurements. */
  changes: SourceChange[];
  /** Sources of measurements that differ from the source the indicator names. */
  otherSources: string[];
  /** Dates of the adjustments behind a change of its baseline or target, oldest first (none recorded: empty). */
  adjustedOn: string[];
  /** Why its result needs a caveat; empty when it needs none. */
  reasons: LimitReason[];
}

/**
 * A source as compared: lower case, without remarks in brackets, years and "Bron: CBS", so
 * "Klimaatmonitor (cijfer over 2023)" is the same source as "Klimaatmonitor (Rijkswaterstaat)".
 */
const normal = (s: string) =>
  s
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\bbron:?\s*cbs\b/g, ' ')
    .replace(/\b(19|20)\d\d\b/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const stem = (word: string | undefined) => (word ?? '').slice(0, 6);

/**
 * Whether two written sources name the same source: equal once normalised, one the start of the
 * other, or the same first two words up to their endings ("Verkeerstellingen gemeente" and
 * "Verkeerstelling gemeente"). An empty source says nothing and counts as the same.
 */
export function sameSource(a: string, b: string): boolean {
  const x = normal(a);
  const y = normal(b);
  if (!x || !y || x === y || x.startsWith(y) || y.startsWith(x)) return true;
  const [x1, x2] = x.split(' ');
  const [y1, y2] = y.split(' ');
  return stem(x1) === stem(y1) && stem(x2) === stem(y2);
}

/** What indicatorLimits reads of the whole document, computed once for all indicators (a ×10 document has 1,500). */
export interface LimitsIndex {
  /** Per indicator, its measurements that name a source, by date. */
  series: Map<string, Measurement[]>;
  /** Items whose frozen expectation an adjustment changed. */
  changed: Set<string>;
}

export function limitsIndex(doc: AssessmentDocument): LimitsIndex {
  const series = new Map<string, Measurement[]>();
  for (const m of doc.implementation.measurements) {
    if (!m.source.trim()) continue;
    const list = series.get(m.indicatorId);
    if (list) list.push(m);
    else series.set(m.indicatorId, [m]);
  }
  for (const list of series.values()) list.sort((a, b) => a.date.localeCompare(b.date));
  const changed = new Set(expectationChanges(doc).flatMap((c) => (c.kind === 'indicator' && c.what !== 'added' ? [c.id] : [])));
  for (const a of doc.implementation.adjustments) for (const c of a.changes ?? []) if (c.itemId) changed.add(c.itemId);
  return { series, changed };
}

/**
 * An indicator's data quality and cost, and why a result resting on it needs a caveat. Callers that
 * ask for many indicators pass one `limitsIndex(doc)`.
 */
export function indicatorLimits(doc: AssessmentDocument, indicator: Indicator, index: LimitsIndex = limitsIndex(doc)): IndicatorLimits {
  const series = index.series.get(indicator.id) ?? [];
  const changes: SourceChange[] = [];
  series.forEach((m, i) => {
    const previous = series[i - 1];
    if (previous && !sameSource(previous.source, m.source))
      changes.push({ date: m.date, from: previous.source.trim(), to: m.source.trim() });
  });
  const other = series.filter((m) => !sameSource(indicator.source, m.source));
  const otherSources = [...new Map(other.map((m) => [normal(m.source), m.source.trim()])).values()];
  const changed = index.changed.has(indicator.id);
  const adjustedOn = changed
    ? doc.implementation.adjustments
        .filter((a) => a.indicatorIds.includes(indicator.id) || (a.changes ?? []).some((c) => c.itemId === indicator.id))
        .map((a) => a.date)
        .sort()
    : [];
  const reasons: LimitReason[] = [];
  if (indicator.dataQuality === 'low') reasons.push('low-quality');
  if (changes.length > 0 || otherSources.length > 0) reasons.push('source-changed');
  if (changed) reasons.push('adjusted');
  return { indicator, quality: indicator.dataQuality, cost: indicator.dataCost, changes, otherSources, adjustedOn, reasons };
}

/** Whether an item is marked not quantified. */
export const isNotQuantified = (x: { notQuantified?: NotQuantified | null }): boolean => !!x.notQuantified;

/** The mark on an indicator's result, if its result is marked not quantified. */
export function resultNotQuantified(doc: AssessmentDocument, indicatorId: string): NotQuantified | null {
  const found = (doc.evaluation.notQuantifiedResults ?? []).find((r) => r.indicatorId === indicatorId);
  return found ? { reason: found.reason } : null;
}

/** One thing that counts but was not counted. */
export type NotQuantifiedItem =
  | { kind: 'effect'; effect: Effect; reason: string }
  | { kind: 'realised'; effect: Effect; reason: string }
  | { kind: 'result'; indicator: Indicator; reason: string };

const themeOrder = (e: Effect) => THEME_IDS.indexOf(e.theme);

/** Everything marked not quantified: expected effects (option order, then theme), realised effects, results. */
export function notQuantifiedItems(doc: AssessmentDocument): NotQuantifiedItem[] {
  const options = doc.preparation.options.map((o) => o.id);
  const effects = new Map(doc.preparation.effects.map((e) => [e.id, e]));
  const expected = doc.preparation.effects
    .filter(isNotQuantified)
    .sort((a, b) => options.indexOf(a.optionId) - options.indexOf(b.optionId) || themeOrder(a) - themeOrder(b))
    .map((effect) => ({ kind: 'effect' as const, effect, reason: effect.notQuantified!.reason.trim() }));
  const realised = doc.evaluation.realisedEffects
    .filter((r) => isNotQuantified(r) && effects.has(r.effectId))
    .map((r) => ({ kind: 'realised' as const, effect: effects.get(r.effectId)!, reason: r.notQuantified!.reason.trim() }));
  const indicators = new Map(doc.preparation.indicators.map((i) => [i.id, i]));
  const results = (doc.evaluation.notQuantifiedResults ?? [])
    .filter((r) => indicators.has(r.indicatorId))
    .map((r) => ({ kind: 'result' as const, indicator: indicators.get(r.indicatorId)!, reason: r.reason.trim() }));
  return [...expected, ...realised, ...results];
}

/** What stands beside a conclusion about a realised effect: how sure the contribution is, and the counterfactual. */
export interface ConclusionBasis {
  confidence: RealisedEffect['contributionConfidence'];
  /** The zero option's expected development on the same theme (none: not described). */
  counterfactual: Effect[];
}

/** The basis of the conclusion about one effect's realisation. */
export function conclusionBasis(doc: AssessmentDocument, effect: Effect): ConclusionBasis {
  const realised = doc.evaluation.realisedEffects.find((r) => r.effectId === effect.id);
  const zero = zeroOption(doc);
  const counterfactual = zero
    ? doc.preparation.effects.filter(
        (e) => e.optionId === zero.id && e.theme === effect.theme && (e.direction !== null || e.rationale.trim()),
      )
    : [];
  return { confidence: realised?.contributionConfidence ?? null, counterfactual };
}

/** The report's limits: data quality and cost per indicator, results needing a caveat, what was not quantified, weak contributions. */
export interface Limitations {
  indicators: IndicatorLimits[];
  /** Indicators whose result needs a caveat. */
  marked: IndicatorLimits[];
  notQuantified: NotQuantifiedItem[];
  /** Realised effects concluded with low or no stated contribution confidence. */
  weakContribution: { effect: Effect; realised: RealisedEffect }[];
}

/** The limits of the whole document. */
export function limitations(doc: AssessmentDocument): Limitations {
  const index = limitsIndex(doc);
  const indicators = doc.preparation.indicators.map((i) => indicatorLimits(doc, i, index));
  const effects = new Map(doc.preparation.effects.map((e) => [e.id, e]));
  const weakContribution = doc.evaluation.realisedEffects
    .filter((r) => r.direction !== null && r.contributionConfidence !== 'medium' && r.contributionConfidence !== 'high')
    .filter((r) => effects.has(r.effectId))
    .map((realised) => ({ effect: effects.get(realised.effectId)!, realised }));
  return {
    indicators,
    marked: indicators.filter((l) => l.reasons.length > 0),
    notQuantified: notQuantifiedItems(doc),
    weakContribution,
  };
}
