/**
 * What a series of measurements says beyond the signal: where the data source changed between two
 * measurements, and how the area moved against a comparison area (difference in differences).
 */
import type { Indicator, Measurement } from '../model/document';

export interface SourceChange {
  /** The date of the first measurement from the new source. */
  date: string;
  from: string;
  to: string;
}

const sourceKey = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Every change of source between consecutive measurements (oldest first). A measurement without a
 * source says nothing about it: it neither starts nor breaks a run of one source.
 */
export function sourceChanges(series: readonly Measurement[]): SourceChange[] {
  const sorted = [...series].sort((a, b) => a.date.localeCompare(b.date));
  const changes: SourceChange[] = [];
  let previous: Measurement | null = null;
  for (const m of sorted) {
    if (!m.source.trim()) continue;
    if (previous && sourceKey(previous.source) !== sourceKey(m.source))
      changes.push({ date: m.date, from: previous.source.trim(), to: m.source.trim() });
    previous = m;
  }
  return changes;
}

export type Comparative = 'better' | 'worse' | 'same';

export interface DifferenceInDifferences {
  area: string;
  from: string;
  to: string;
  /** Change here between the two measurements. */
  own: number;
  /** Change in the comparison area over the same measurements. */
  other: number;
  /** own − other. */
  difference: number;
  /** Whether the difference is good in the indicator's direction, beyond the margin. */
  verdict: Comparative;
}

/**
 * Difference in differences: between the earliest and the latest measurement that carry a value
 * for the same comparison area (the latest measurement's area), the change here minus the change
 * there. Good when that difference points in the indicator's good direction by more than the
 * margin; within the margin "same". Null with fewer than two such measurements.
 */
export function differenceInDifferences(
  indicator: Pick<Indicator, 'goodDirection'>,
  series: readonly Measurement[],
  margin = 0,
): DifferenceInDifferences | null {
  const compared = series.filter((m) => m.comparison !== null).sort((a, b) => a.date.localeCompare(b.date));
  const last = compared.at(-1);
  if (!last) return null;
  const area = last.comparison!.area;
  const first = compared.find((m) => sourceKey(m.comparison!.area) === sourceKey(area))!;
  if (first === last) return null;
  const own = last.value - first.value;
  const other = last.comparison!.value - first.comparison!.value;
  const difference = own - other;
  const d = indicator.goodDirection === 'up' ? 1 : -1;
  const verdict: Comparative = Math.abs(difference) <= margin ? 'same' : difference * d > 0 ? 'better' : 'worse';
  return { area, from: first.date, to: last.date, own, other, difference, verdict };
}
