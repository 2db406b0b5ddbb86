/**
 * A sparkline: an indicator's measurements as a small line, with its baseline and target as
 * dashed reference lines, a dashed vertical line where the data source changed, and a dot on the
 * latest point.
 */
import { clamp, extent, linearScale } from './scale';
import type { Chart, Shape } from './shapes';

export interface SparkPoint {
  x: number;
  y: number;
}

export interface SparklineOptions {
  width: number;
  height: number;
  /** Inset of the data from the edges; default 4, never less than the dot's radius. */
  padding?: number;
  /** Reference value drawn as a dashed 'baseline' line; the y-domain always includes it. */
  baseline?: number | null;
  /** Reference value drawn as a dashed 'target' line; the y-domain always includes it. */
  target?: number | null;
  /** Fixed x-domain (e.g. the policy period); points outside it are clamped onto its edge. */
  xDomain?: [number, number];
  /** Radius of the dot on the last point; default 2. */
  radius?: number;
  /** x-values where the data source changed: each a dashed vertical line in the 'negative' tone. */
  sourceChanges?: readonly number[];
}

/** Lays out a sparkline; larger values sit higher (smaller y), a flat series is centred vertically. */
export function sparkline(points: readonly SparkPoint[], options: SparklineOptions): Chart {
  const { width, height } = options;
  const r = options.radius ?? 2;
  const pad = Math.max(options.padding ?? 4, r);
  // Sorting makes "the last point" the latest one, whatever order the caller kept.
  const data = points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y)).sort((a, b) => a.x - b.x);
  if (data.length === 0) return { width, height, shapes: [] };

  const refs = [options.baseline, options.target].filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const ys = [...data.map((p) => p.y), ...refs];
  const yScale = linearScale(extent(ys), [height - pad, pad]);
  const [x0, x1] = options.xDomain ?? [data[0]!.x, data[data.length - 1]!.x];
  const xLo = Math.min(x0, x1);
  const xHi = Math.max(x0, x1);
  const xScale = linearScale([xLo, xHi], [pad, width - pad]);
  const at = (p: SparkPoint): [number, number] => [xScale(clamp(p.x, xLo, xHi)), yScale(p.y)];

  const shapes: Shape[] = [];
  const reference = (value: number | null | undefined, tone: 'baseline' | 'target') => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return;
    const y = yScale(value);
    shapes.push({ kind: 'line', x1: pad, y1: y, x2: width - pad, y2: y, tone, dashed: true });
  };
  reference(options.baseline, 'baseline');
  reference(options.target, 'target');
  for (const x of options.sourceChanges ?? []) {
    if (!Number.isFinite(x)) continue;
    const sx = xScale(clamp(x, xLo, xHi));
    shapes.push({ kind: 'line', x1: sx, y1: 1, x2: sx, y2: height - 1, tone: 'negative', dashed: true });
  }
  if (data.length > 1) shapes.push({ kind: 'polyline', points: data.map(at), tone: 'neutral' });
  const [cx, cy] = at(data[data.length - 1]!);
  shapes.push({ kind: 'circle', cx, cy, r, tone: 'neutral' });
  return { width, height, shapes };
}
