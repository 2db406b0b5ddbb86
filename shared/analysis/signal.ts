/** The indicator signal: is an indicator on its way from baseline to target? */
import type { Indicator, Measurement } from '../model/document';

export type Signal = 'on-track' | 'at-risk' | 'off-track' | 'no-data';

export interface SignalResult {
  signal: Signal;
  /** Share of the way from baseline to target covered by the latest value (may be < 0 or > 1). */
  achieved: number | null;
  /** Share of the way that should be covered by the latest measurement's date. */
  expected: number | null;
  latest: Measurement | null;
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

/**
 * The signal of an indicator, by this rule:
 * 1. No target, or no measurement → "no-data". Without a baseline, the earliest measurement
 *    serves as baseline (then at least two measurements are needed).
 * 2. The baseline holds at the start of its year, the target at the end of its year; the way to go
 *    is target − baseline, and the latest measurement has covered `achieved` = (latest − baseline)
 *    / (target − baseline) of it, while `expected` = the share of the time that has passed (0…1).
 * 3. When target equals baseline (hold the level), the latest value must not be worse than the
 *    target in the indicator's good direction: then "on-track", else "off-track".
 * 4. Moving away from the target (achieved < 0 beyond the tolerance) → "off-track".
 * 5. expected − achieved ≤ 0.10 → "on-track"; ≤ 0.35 → "at-risk"; otherwise "off-track".
 */
export function indicatorSignal(indicator: Indicator, measurements: readonly Measurement[]): SignalResult {
  const own = measurements.filter((m) => m.indicatorId === indicator.id).sort((a, b) => a.date.localeCompare(b.date));
  const latest = own.at(-1) ?? null;
  const none: SignalResult = { signal: 'no-data', achieved: null, expected: null, latest };
  if (!indicator.target || !latest) return none;

  let baseline = indicator.baseline ? { value: indicator.baseline.value, at: indicator.baseline.year } : null;
  if (!baseline) {
    if (own.length < 2) return none;
    baseline = { value: own[0]!.value, at: yearFraction(own[0]!.date) };
  }
  const targetAt = indicator.target.year + 1;
  const way = indicator.target.value - baseline.value;
  const now = yearFraction(latest.date);
  const expected = Math.min(1, Math.max(0, (now - baseline.at) / Math.max(targetAt - baseline.at, 1e-9)));

  if (way === 0) {
    const good = indicator.goodDirection === 'up' ? latest.value >= indicator.target.value : latest.value <= indicator.target.value;
    return { signal: good ? 'on-track' : 'off-track', achieved: good ? 1 : 0, expected, latest };
  }
  const achieved = (latest.value - baseline.value) / way;
  let signal: Signal;
  if (achieved < -ON_TRACK_TOLERANCE) signal = 'off-track';
  else if (expected - achieved <= ON_TRACK_TOLERANCE) signal = 'on-track';
  else if (expected - achieved <= AT_RISK_TOLERANCE) signal = 'at-risk';
  else signal = 'off-track';
  return { signal, achieved, expected, latest };
}

/** Signals ordered by concern: off track first, then at risk, no data, on track. */
export const SIGNAL_CONCERN: Record<Signal, number> = { 'off-track': 0, 'at-risk': 1, 'no-data': 2, 'on-track': 3 };

export type TargetResult = 'achieved' | 'nearly' | 'missed' | 'unknown';

/**
 * Whether a final value reached the target: the share of the way from baseline to target it
 * covered is ≥ 1 → "achieved", ≥ 0.9 → "nearly", otherwise "missed". When target equals
 * baseline, "achieved" if the value is not worse than the target in the good direction.
 * "unknown" without a value, a baseline or a target.
 */
export function targetReached(indicator: Indicator, value: number | null): TargetResult {
  if (value === null || !indicator.baseline || !indicator.target) return 'unknown';
  const way = indicator.target.value - indicator.baseline.value;
  if (way === 0)
    return (indicator.goodDirection === 'up' ? value >= indicator.target.value : value <= indicator.target.value) ? 'achieved' : 'missed';
  const share = (value - indicator.baseline.value) / way;
  return share >= 1 ? 'achieved' : share >= 0.9 ? 'nearly' : 'missed';
}
