/** An indicator's sparkline: baseline and measurements, its baseline and target lines, and where the source changed. */
import { yearFraction } from '../analysis/signal';
import { sourceChanges } from '../analysis/trend';
import type { Indicator, Measurement } from '../model/document';
import { sparkline, type SparklineOptions } from './sparkline';
import type { Chart } from './shapes';

/** Null when there is nothing to draw (no baseline and no measurement). */
export function indicatorSparkline(
  ind: Indicator,
  series: readonly Measurement[],
  size: { width: number; height: number },
  lineLabels?: SparklineOptions['lineLabels'],
): Chart | null {
  const points = [
    ...(ind.baseline ? [{ x: ind.baseline.year, y: ind.baseline.value }] : []),
    ...series.map((m) => ({ x: yearFraction(m.date), y: m.value })),
  ];
  if (points.length === 0) return null;
  return sparkline(points, {
    ...size,
    baseline: ind.baseline?.value ?? null,
    target: ind.target?.value ?? null,
    sourceChanges: sourceChanges(series).map((c) => yearFraction(c.date)),
    lineLabels,
  });
}
