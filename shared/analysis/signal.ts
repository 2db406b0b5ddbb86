/** The indicator signal: is an indicator on its way from baseline to target? */
import type { TIME_LAGS } from '../model/choices';
import type { AssessmentDocument, Indicator, Measurement } from '../model/document';
import { marginOf } from './grade';

export type Signal = 'on-track' | 'at-risk' | 'off-track' | 'no-change' | 'too-early' | 'no-data';

export interface SignalResult {
  signal: Signal;
  /** Share of the way from baseline to target covered by the latest value (may be < 0 or > 1). */
  achieved: number | null;
  /** Share of the way that should be covered by the latest measurement's date. */
  expected: number | null;
  latest: Measurement | null;
  /** Where the expected path starts (baseline year + lag), as a fractional year; null without a baseline. */
  pathStart: number | null;
  /** The margin of error used (0 when none is known). */
  margin: number;
  /** The change from baseline to the latest value; null without a baseline. */
  change: number | null;
}

/** Tolerance, as a share of the way from baseline to target. */
export const ON_TRACK_TOLERANCE = 0.1;
export const AT_RISK_TOLERANCE = 0.35;

/** A date as a fractional year (2025-07-02 ≈ 2025.5). */
export function yearFraction(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const start = Date.UTC(y, 0, 1);
  const end = Date.UTC(y + 1, 0, 1);
  return y + (Date.UTC(y, m - 1, d) - start) / (end - start);
}

export interface SignalOptions {
  /** Years after the baseline before the effects are expected to show (the expected path starts then). */
  lagYears?: number;
}

/**
 * The signal of an indicator, by this rule:
 * 1. No target, or no measurement → "no-data". Without a baseline, the earliest measurement
 *    serves as baseline (then at least two measurements are needed).
 * 2. The baseline holds at the start of its year, the target at the end of its year. The expected
 *    path starts `lagYears` after the baseline (the declared lag of the effects the indicator
 *    measures); a latest measurement before that start → "too-early".
 * 3. The way to go is target − baseline; the latest measurement has covered `achieved` =
 *    (latest − baseline) / (target − baseline) of it, while `expected` = the share of the time from
 *    the path's start to the target that has passed (0…1).
 * 4. A change from the baseline within the margin of error is no trend: "on-track" when the
 *    target holds the level, "off-track" when more than AT_RISK_TOLERANCE of the way was expected
 *    by now, otherwise "no-change".
 * 5. When target equals baseline (hold the level), the latest value must not be worse than the
 *    target in the indicator's good direction: then "on-track", else "off-track".
 * 6. Moving away from the target (achieved < 0 beyond the tolerance), or against the good direction
 *    beyond the margin (also when the target itself lies that way) → "off-track".
 * 7. expected − achieved ≤ 0.10 → "on-track"; ≤ 0.35 → "at-risk"; otherwise "off-track".
 */
export function indicatorSignal(indicator: Indicator, measurements: readonly Measurement[], options: SignalOptions = {}): SignalResult {
  const own = measurements.filter((m) => m.indicatorId === indicator.id).sort((a, b) => a.date.localeCompare(b.date));
  const latest = own.at(-1) ?? null;
  const margin = marginOf(indicator.margin, indicator.unit, latest?.value ?? null);
  const none: SignalResult = { signal: 'no-data', achieved: null, expected: null, latest, pathStart: null, margin, change: null };
  if (!indicator.target || !latest) return none;

  let baseline = indicator.baseline ? { value: indicator.baseline.value, at: indicator.baseline.year } : null;
  if (!baseline) {
    if (own.length < 2) return none;
    baseline = { value: own[0]!.value, at: yearFraction(own[0]!.date) };
  }
  const targetAt = indicator.target.year + 1;
  const pathStart = Math.min(baseline.at + Math.max(0, options.lagYears ?? 0), targetAt);
  const way = indicator.target.value - baseline.value;
  const change = latest.value - baseline.value;
  const now = yearFraction(latest.date);
  const expected = Math.min(1, Math.max(0, (now - pathStart) / Math.max(targetAt - pathStart, 1e-9)));
  const base = { expected, latest, pathStart, margin, change };

  if (now < pathStart) return { ...base, signal: 'too-early', achieved: way === 0 ? null : change / way };
  if (Math.abs(change) <= margin) {
    const signal: Signal = way === 0 ? 'on-track' : expected > AT_RISK_TOLERANCE ? 'off-track' : 'no-change';
    return { ...base, signal, achieved: way === 0 ? 1 : change / way };
  }
  if (way === 0) {
    const good = indicator.goodDirection === 'up' ? latest.value >= indicator.target.value : latest.value <= indicator.target.value;
    return { ...base, signal: good ? 'on-track' : 'off-track', achieved: good ? 1 : 0 };
  }
  const achieved = change / way;
  const d = indicator.goodDirection === 'up' ? 1 : -1;
  let signal: Signal;
  if (achieved < -ON_TRACK_TOLERANCE || change * d < -margin) signal = 'off-track';
  else if (expected - achieved <= ON_TRACK_TOLERANCE) signal = 'on-track';
  else if (expected - achieved <= AT_RISK_TOLERANCE) signal = 'at-risk';
  else signal = 'off-track';
  return { ...base, signal, achieved };
}

/** Signals ordered by concern: off track first, then at risk, no change, too early, no data, on track. */
export const SIGNAL_CONCERN: Record<Signal, number> = {
  'off-track': 0,
  'at-risk': 1,
  'no-change': 2,
  'too-early': 3,
  'no-data': 4,
  'on-track': 5,
};

/**
 * Years after the baseline before an effect shows, by its declared lag: at once 0; short ("within
 * 2 years") 1, the middle of that window; medium ("2–5 years") 2; long ("more than 5 years") 5 —
 * the earliest year of each window, so a signal is never held back longer than the lag says.
 */
export const LAG_YEARS: Record<(typeof TIME_LAGS)[number], number> = { none: 0, short: 1, medium: 2, long: 5 };

/**
 * The lag of the effects an indicator measures: the effects of the preferred option (all options
 * when none is preferred) on the indicator's theme that declare a lag; the shortest one counts,
 * since the indicator may move as soon as any of them shows. 0 when none declares a lag.
 */
export function indicatorLagYears(doc: AssessmentDocument, indicator: Indicator): number {
  const preferred = doc.preparation.preferredOptionId;
  const lags = doc.preparation.effects
    .filter((e) => e.theme === indicator.theme && (preferred === null || e.optionId === preferred) && e.lag !== null)
    .map((e) => LAG_YEARS[e.lag!]);
  return lags.length ? lags.reduce((a, b) => Math.min(a, b)) : 0;
}

/** indicatorLagYears for every theme at once (a ×10 document has 1,500 indicators and 1,000 effects): themes without a lag are absent. */
export function lagYearsByTheme(doc: AssessmentDocument): Map<Indicator['theme'], number> {
  const preferred = doc.preparation.preferredOptionId;
  const lags = new Map<Indicator['theme'], number>();
  for (const e of doc.preparation.effects) {
    if ((preferred !== null && e.optionId !== preferred) || e.lag === null) continue;
    lags.set(e.theme, Math.min(lags.get(e.theme) ?? Infinity, LAG_YEARS[e.lag]));
  }
  return lags;
}

/**
 * The signal of an indicator in its document: with the lag of the effects it measures. Callers that ask
 * for many indicators pass one `lagYearsByTheme(doc)`.
 */
export function documentSignal(
  doc: AssessmentDocument,
  indicator: Indicator,
  measurements: readonly Measurement[],
  lags?: ReadonlyMap<Indicator['theme'], number>,
): SignalResult {
  const lagYears = lags ? (lags.get(indicator.theme) ?? 0) : indicatorLagYears(doc, indicator);
  return indicatorSignal(indicator, measurements, { lagYears });
}
