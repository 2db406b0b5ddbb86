import { describe, expect, it } from 'vitest';
import { divergingBars } from '../../../shared/charts/diverging-bars';
import type { Rect, Text } from '../../../shared/charts/shapes';
import { outside } from './bounds';

// Plot area 60…160 (width 200, value column 40): zero at 110, 25 units per step of 1.
const options = { width: 200, rowHeight: 20, labelWidth: 60, min: -2, max: 2 };
const rects = (c: { shapes: { kind: string }[] }) => c.shapes.filter((s): s is Rect => s.kind === 'rect');
const texts = (c: { shapes: { kind: string }[] }) => c.shapes.filter((s): s is Text => s.kind === 'text');

describe('divergingBars', () => {
  it('draws positive bars right and negative bars left of the zero axis, at exact positions', () => {
    const chart = divergingBars(
      [
        { label: 'Wonen', value: 1.5 },
        { label: 'Milieu', value: -1 },
      ],
      options,
    );
    expect(chart.width).toBe(200);
    expect(chart.height).toBe(40);
    expect(rects(chart)).toEqual([
      { kind: 'rect', x: 110, y: 5, width: 37.5, height: 10, tone: 'positive', label: 'Wonen' },
      { kind: 'rect', x: 85, y: 25, width: 25, height: 10, tone: 'negative', label: 'Milieu' },
    ]);
    expect(chart.shapes).toContainEqual({ kind: 'line', x1: 110, y1: 0, x2: 110, y2: 40, tone: 'baseline' });
  });

  it('puts row labels right-aligned at labelWidth - 4 and value labels right-aligned at the edge', () => {
    const chart = divergingBars(
      [
        { label: 'Wonen', value: 1.5 },
        { label: 'Milieu', value: -1 },
      ],
      options,
    );
    const [label0, value0, label1, value1] = texts(chart);
    expect(label0).toMatchObject({ x: 56, anchor: 'end', text: 'Wonen', size: 12 });
    expect(label0!.y).toBeCloseTo(14.2);
    expect(value0).toMatchObject({ x: 200, anchor: 'end', text: '+1.5', tone: 'positive' });
    expect(label1!.y).toBeCloseTo(34.2);
    expect(value1).toMatchObject({ text: '-1.0', tone: 'negative' });
  });

  it('draws a muted dash and no bar for a row without a value', () => {
    const chart = divergingBars([{ label: 'Onbekend', value: null }], options);
    expect(rects(chart)).toEqual([]);
    expect(texts(chart).map((t) => [t.text, t.tone])).toEqual([
      ['Onbekend', 'neutral'],
      ['—', 'muted'],
    ]);
  });

  it('draws no bar but a neutral "0.0" for zero', () => {
    const chart = divergingBars([{ label: 'Nul', value: 0 }], options);
    expect(rects(chart)).toEqual([]);
    expect(texts(chart)[1]).toMatchObject({ text: '0.0', tone: 'neutral' });
  });

  it('clamps bars to min..max while the label keeps the real value', () => {
    const chart = divergingBars(
      [
        { label: 'Te hoog', value: 3 },
        { label: 'Te laag', value: -5 },
      ],
      options,
    );
    expect(rects(chart).map((r) => [r.x, r.width])).toEqual([
      [110, 50],
      [60, 50],
    ]);
    expect(
      texts(chart)
        .filter((t) => t.anchor === 'end' && t.x === 200)
        .map((t) => t.text),
    ).toEqual(['+3.0', '-5.0']);
  });

  it('puts the axis at the nearer edge when the domain does not contain zero', () => {
    const chart = divergingBars([{ label: 'a', value: 3 }], { ...options, min: 1, max: 5 });
    expect(chart.shapes).toContainEqual({ kind: 'line', x1: 60, y1: 0, x2: 60, y2: 20, tone: 'baseline' });
    expect(rects(chart)[0]).toMatchObject({ x: 60, width: 50 });
  });

  it('uses a custom format, such as a Dutch decimal comma', () => {
    const format = (v: number) => (v > 0 ? '+' : '') + v.toFixed(1).replace('.', ',');
    const chart = divergingBars([{ label: 'a', value: 1.5 }], { ...options, format });
    expect(texts(chart)[1]!.text).toBe('+1,5');
  });

  it('honours valueWidth and keeps text within its row for small rows', () => {
    const chart = divergingBars([{ label: 'a', value: 2 }], { ...options, rowHeight: 10, valueWidth: 0 });
    expect(rects(chart)[0]).toMatchObject({ x: 130, width: 70, y: 2.5, height: 5 });
    expect(texts(chart)[0]!.size).toBe(6);
  });

  it('keeps every shape inside the chart, also for extreme values', () => {
    const rows = [3, -3, 2, -2, 0, null, 0.1, -0.1, Number.NaN].map((value, i) => ({ label: `r${i}`, value }));
    const chart = divergingBars(rows, options);
    expect(chart.height).toBe(180);
    expect(outside(chart)).toEqual([]);
  });

  it('is an empty chart of zero height without rows, axis aside', () => {
    const chart = divergingBars([], options);
    expect(chart.height).toBe(0);
    expect(chart.shapes).toEqual([{ kind: 'line', x1: 110, y1: 0, x2: 110, y2: 0, tone: 'baseline' }]);
  });
});
