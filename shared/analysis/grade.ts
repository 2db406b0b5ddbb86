/**
 * The grade of a result: how far an indicator's value came from its baseline towards its target,
 * in five steps and a share of the way. One pure function, used by the results step, the report,
 * the CSV and the evaluation's comparison, so they always say the same.
 */
import type { Indicator, IndicatorMargin } from '../model/document';

export type Grade = 'reached' | 'on-the-way' | 'limited' | 'no-change' | 'wrong-direction' | 'unknown';

/** Why a grade is unknown. */
export type UnknownReason = 'no-value' | 'no-baseline' | 'no-target' | 'target-against-direction';

export interface GradeResult {
  grade: Grade;
  /** Share of the way from baseline to target covered (1 = the whole way; may be < 0 or > 1); null without a way. */
  share: number | null;
  /** The margin of error used, in the indicator's unit (0 when none is known). */
  margin: number;
  reason: UnknownReason | null;
}

/** "Op de goede weg" from this share of the way on. */
export const ON_THE_WAY_SHARE = 0.5;
/** z for a two-sided 95 % interval. */
const Z95 = 1.96;

/** Whether an indicator's unit is a percentage (so a sample size gives a margin in percentage points). */
export const isPercentage = (unit: string) => /%|procent|percent/i.test(unit);

/**
 * The margin of error of a value, in the indicator's unit:
 * - absolute: the value given;
 * - a survey's sample size n, for a percentage p (0…100): 1.96 · √(p(1 − p) / n) with p as a
 *   fraction, in percentage points (the 95 % margin of one measurement; p is the value measured,
 *   or 50 % when none is given, the widest case);
 * - otherwise (no margin, or n for a unit that is no percentage): 0.
 */
export function marginOf(margin: IndicatorMargin | null | undefined, unit: string, value: number | null = null): number {
  if (!margin) return 0;
  if (margin.kind === 'absolute') return margin.value;
  if (!isPercentage(unit)) return 0;
  const p = value === null || value < 0 || value > 100 ? 0.5 : value / 100;
  return Z95 * Math.sqrt((p * (1 - p)) / margin.n) * 100;
}

/** What a grade needs of an indicator (the frozen or the adjusted expectation, with the margin). */
export interface Expectation {
  goodDirection: Indicator['goodDirection'];
  unit: string;
  baseline: Indicator['baseline'];
  target: Indicator['target'];
  margin?: IndicatorMargin | null;
}

/**
 * Grades a value against an expectation, by this table (d = +1 when up is good, −1 when down is):
 * 1. No value, baseline or target → unknown (with the reason).
 * 2. The change (value − baseline) is worse than the margin in the good direction → wrong direction.
 * 3. Target equal to baseline (hold the level): not worse beyond the margin → reached.
 * 4. The value is at or beyond the target in the good direction → reached.
 * 5. A target against the good direction → unknown (the check "target-against-direction" says why).
 * 6. The change is within the margin → no change.
 * 7. Share of the way (change / (target − baseline)) ≥ 50 % → on the way; otherwise limited progress.
 */
export function gradeValue(exp: Expectation, value: number | null): GradeResult {
  const margin = marginOf(exp.margin, exp.unit, value);
  const unknown = (reason: UnknownReason): GradeResult => ({ grade: 'unknown', share: null, margin, reason });
  if (value === null) return unknown('no-value');
  if (!exp.baseline) return unknown('no-baseline');
  if (!exp.target) return unknown('no-target');
  const d = exp.goodDirection === 'up' ? 1 : -1;
  const change = value - exp.baseline.value;
  const way = exp.target.value - exp.baseline.value;
  const share = way === 0 ? null : change / way;
  const result = (grade: Grade): GradeResult => ({ grade, share, margin, reason: null });
  if (change * d < -margin) return result('wrong-direction');
  if (way === 0) return result('reached');
  if ((value - exp.target.value) * d >= 0 && way * d > 0) return result('reached');
  if (way * d < 0) return { ...unknown('target-against-direction'), share };
  if (Math.abs(change) <= margin) return result('no-change');
  return result(share !== null && share >= ON_THE_WAY_SHARE ? 'on-the-way' : 'limited');
}

/** The share of the way as a whole percentage (88 for 0.875), or null. */
export const sharePercent = (r: GradeResult): number | null => (r.share === null ? null : Math.round(r.share * 100));

/** The symbol of a grade: shape and word together, never colour alone. */
export const GRADE_SYMBOL: Record<Grade, string> = {
  reached: '●',
  'on-the-way': '◕',
  limited: '◔',
  'no-change': '○',
  'wrong-direction': '✖',
  unknown: '?',
};

/** The report tone of a grade. */
export const GRADE_TONE = {
  reached: 'positive',
  'on-the-way': 'positive',
  limited: 'target',
  'no-change': 'muted',
  'wrong-direction': 'negative',
  unknown: 'muted',
} as const satisfies Record<Grade, string>;

/** The frozen and the current form of an indicator's expectation (the margin always the current one). */
export function expectationsOf(
  current: Indicator,
  frozen: readonly Indicator[] | null | undefined,
): { original: Expectation; adjusted: Expectation | null } {
  const then = frozen?.find((i) => i.id === current.id) ?? null;
  const withMargin = (i: Indicator): Expectation => ({ ...i, margin: current.margin ?? null });
  if (!then) return { original: withMargin(current), adjusted: null };
  const same =
    JSON.stringify([then.baseline, then.target, then.goodDirection]) ===
    JSON.stringify([current.baseline, current.target, current.goodDirection]);
  return { original: withMargin(then), adjusted: same ? null : withMargin(current) };
}
