import { describe, expect, it } from 'vitest';
import { sparkline } from '../../../shared/charts/sparkline';
import type { Line, Text } from '../../../shared/charts/shapes';
import { outside } from './bounds';

const box = { width: 190, height: 40 };
const labels = { baseline: 'nulmeting', target: 'streefwaarde', labelWidth: 58, size: 8 };
const series = [
  { x: 2023, y: 180 },
  { x: 2024, y: 230 },
  { x: 2025, y: 290 },
];
const texts = (shapes: { kind: string }[]) => shapes.filter((s) => s.kind === 'text') as Text[];
const lines = (shapes: { kind: string }[]) => shapes.filter((s) => s.kind === 'line') as Line[];

describe('sparkline line labels', () => {
  it('writes "nulmeting" and "streefwaarde" at the right ends of their dashed lines, the data left of them', () => {
    const chart = sparkline(series, { ...box, baseline: 180, target: 300, lineLabels: labels });
    const [baseline, target] = lines(chart.shapes);
    const [b, t] = texts(chart.shapes);
    expect([b!.text, b!.tone, t!.text, t!.tone]).toEqual(['nulmeting', 'baseline', 'streefwaarde', 'target']);
    for (const [text, line] of [
      [b!, baseline!],
      [t!, target!],
    ] as const) {
      expect(text.x).toBeGreaterThan(line.x2);
      expect(Math.abs(text.y - labels.size * 0.35 - line.y1)).toBeLessThan(0.01);
    }
    // The data stays left of the labels; everything inside the box.
    const right = Math.max(...chart.shapes.flatMap((s) => (s.kind === 'polyline' ? s.points.map((p) => p[0]) : [])));
    expect(right).toBeLessThanOrEqual(190 - 4 - 58);
    expect(outside(chart)).toEqual([]);
  });

  it('pushes two labels apart when the lines lie close together, so they never overlap', () => {
    const chart = sparkline(series, { ...box, baseline: 180, target: 182, lineLabels: labels });
    const [b, t] = texts(chart.shapes);
    expect(Math.abs(b!.y - t!.y)).toBeGreaterThanOrEqual(labels.size - 1e-9);
  });

  it('draws no words without labels (the report’s small sparklines)', () => {
    expect(texts(sparkline(series, { ...box, baseline: 180, target: 150 }).shapes)).toEqual([]);
  });
});
