/**
 * A horizontal diverging bar chart around a zero axis: one row per item, positive bars to the
 * right, negative bars to the left, a value column at the right edge.
 *
 * Layout, left to right: row labels (right-aligned at labelWidth - 4), the plot area
 * labelWidth … width - valueWidth, the value column (right-aligned at width).
 */
import { centredBaseline, clamp, linearScale, signedOneDecimal } from './scale';
import type { Chart, Shape } from './shapes';

export interface DivergingRow {
  label: string;
  /** null: not assessed; drawn as a muted "—" without a bar. */
  value: number | null;
}

export interface DivergingBarsOptions {
  width: number;
  rowHeight: number;
  labelWidth: number;
  min: number;
  max: number;
  /** Width reserved at the right for value labels; default 40. */
  valueWidth?: number;
  /** Text size; default 12, at most 0.6 × rowHeight so text stays inside its row. */
  fontSize?: number;
  /** Value label text; default an explicit sign and one decimal with '.' ("+1.5"). */
  format?: (v: number) => string;
}

/** The placeholder shown for a row without a value. */
export const NO_VALUE = '—';

/** Lays out a diverging bar chart; values are clamped to min..max for the bars, labels show the real value. */
export function divergingBars(rows: readonly DivergingRow[], options: DivergingBarsOptions): Chart {
  const { width, rowHeight, labelWidth, min, max } = options;
  const valueWidth = options.valueWidth ?? 40;
  const format = options.format ?? signedOneDecimal;
  const size = Math.min(options.fontSize ?? 12, rowHeight * 0.6);
  const height = rows.length * rowHeight;
  const lo = Math.min(min, max);
  const hi = Math.max(min, max);
  const x = linearScale([lo, hi], [labelWidth, width - valueWidth]);
  // The axis sits at zero, or at the nearer end when the domain does not contain zero.
  const zero = x(clamp(0, lo, hi));
  // Half the row height for the bar keeps a visible gap between neighbouring rows.
  const inset = rowHeight / 4;

  const shapes: Shape[] = [];
  rows.forEach((row, i) => {
    const top = i * rowHeight;
    const baseline = centredBaseline(top + rowHeight / 2, size);
    shapes.push({ kind: 'text', x: labelWidth - 4, y: baseline, text: row.label, anchor: 'end', tone: 'neutral', size });
    if (row.value === null || !Number.isFinite(row.value)) {
      shapes.push({ kind: 'text', x: width, y: baseline, text: NO_VALUE, anchor: 'end', tone: 'muted', size });
      return;
    }
    const tone = row.value > 0 ? 'positive' : row.value < 0 ? 'negative' : 'neutral';
    const end = x(clamp(row.value, lo, hi));
    if (end !== zero) {
      shapes.push({
        kind: 'rect',
        x: Math.min(zero, end),
        y: top + inset,
        width: Math.abs(end - zero),
        height: rowHeight - 2 * inset,
        tone,
        label: row.label,
      });
    }
    shapes.push({ kind: 'text', x: width, y: baseline, text: format(row.value), anchor: 'end', tone, size });
  });
  shapes.push({ kind: 'line', x1: zero, y1: 0, x2: zero, y2: height, tone: 'baseline' });
  return { width, height, shapes };
}
