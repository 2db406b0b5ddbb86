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
  /**
   * Words written at the right end of the baseline and target lines (e.g. "nulmeting",
   * "streefwaarde"); the data then leaves `labelWidth` free on the right for them.
   */
  lineLabels?: { baseline: string; target: string; labelWidth: number; size: number };
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
  const labels = options.lineLabels;
  const right = width - pad - (labels ? labels.labelWidth : 0);
  const xScale = linearScale([xLo, xHi], [pad, right]);
  const at = (p: SparkPoint): [number, number] => [xScale(clamp(p.x, xLo, xHi)), yScale(p.y)];

  const shapes: Shape[] = [];
  const texts: { y: number; tone: 'baseline' | 'target' }[] = [];
  const reference = (value: number | null | undefined, tone: 'baseline' | 'target') => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return;
    const y = yScale(value);
    shapes.push({ kind: 'line', x1: pad, y1: y, x2: right, y2: y, tone, dashed: true });
    texts.push({ y, tone });
  };
  reference(options.baseline, 'baseline');
  reference(options.target, 'target');
  if (labels) shapes.push(...lineLabels(texts, labels, right, height));
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

/**
 * The labels of the reference lines, at their right ends, centred on the line; two labels closer
 * than one line of text are pushed apart (the higher line's label up), and kept inside the chart.
 */
function lineLabels(
  lines: { y: number; tone: 'baseline' | 'target' }[],
  labels: { baseline: string; target: string; size: number },
  right: number,
  height: number,
): Shape[] {
  const half = labels.size * 0.35;
  const at = lines.map((l) => ({ ...l, y: l.y + half }));
  if (at.length === 2) {
    const [upper, lower] = at[0]!.y <= at[1]!.y ? [at[0]!, at[1]!] : [at[1]!, at[0]!];
    const gap = labels.size - (lower.y - upper.y);
    if (gap > 0) {
      upper.y -= gap / 2;
      lower.y += gap / 2;
    }
    // Keep the pair inside the chart, moving both.
    const shift = Math.max(0, lower.y - (height - 1)) - Math.max(0, labels.size * 0.8 - upper.y);
    upper.y -= shift;
    lower.y -= shift;
  }
  return at.map((l) => ({
    kind: 'text' as const,
    x: right + 2,
    y: clamp(l.y, labels.size * 0.8, height - 1),
    text: labels[l.tone],
    anchor: 'start' as const,
    tone: l.tone,
    size: labels.size,
  }));
}
