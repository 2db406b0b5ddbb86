/** Figures and the statistics of the benchmarks. */

export interface Figure {
  key: string;
  label: string;
  value: number;
  unit: 'ms' | 'KB' | 'MB' | 'exp' | '×';
  baseline?: number;
  goal?: { max?: number; maxRatio?: number };
}

/** Median of the values. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Times `fn` `runs` times (after one warm-up) and returns the median in ms. */
export async function timeMedian(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}
