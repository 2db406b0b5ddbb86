/** The filled share of a per-item requirement: n of `of`, 0 when there is nothing to fill. */
export function share(n: number, of: number): number {
  return of === 0 ? 0 : Math.min(1, n / of);
}

/** Whether a text field holds more than white space. */
export const filled = (s: string) => s.trim() !== '';
