/** Small numeric helpers shared by the chart builders. */

/** Limits a value to lo..hi. */
export function clamp(value: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, value));
}

/**
 * The smallest and largest of the values, in one loop: never `Math.min(...values)`, which spreads
 * the data over the call stack and overflows with a hundred thousand values. [0, 0] when empty.
 */
export function extent(values: Iterable<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : [0, 0];
}

/** A linear map from domain onto range; a zero-width domain maps onto the range's middle (no division by zero). */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (v: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => (r0 + r1) / 2;
  return (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

/** The baseline y that centres text of a given size on a row's middle line. */
export function centredBaseline(middle: number, size: number): number {
  return middle + size * 0.35;
}

/** Formats a value with an explicit sign and one decimal ("+1.5", "-0.5", "0.0"). */
export function signedOneDecimal(v: number): string {
  const s = Math.abs(v).toFixed(1);
  if (s === '0.0') return s;
  return v > 0 ? `+${s}` : `-${s}`;
}
