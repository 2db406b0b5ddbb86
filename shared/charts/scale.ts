/** Small numeric helpers shared by the chart builders. */

/** Limits a value to lo..hi. */
export function clamp(value: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, value));
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
