import { describe, expect, it } from 'vitest';
import { sparkline } from '../../../shared/charts/sparkline';
import type { Circle, Line, Polyline } from '../../../shared/charts/shapes';
import { outside } from './bounds';

// Box 100 × 40 with padding 4: x runs 4…96, y runs 36 (smallest value) … 4 (largest).
const box = { width: 100, height: 40 };
const series = [
  { x: 2020, y: 10 },
  { x: 2021, y: 20 },
  { x: 2022, y: 15 },
];
const of = <K extends 'line' | 'polyline' | 'circle'>(kind: K, shapes: { kind: string }[]) =>
  shapes.filter((s) => s.kind === kind) as (K extends 'line' ? Line : K extends 'polyline' ? Polyline : Circle)[];

describe('sparkline', () => {
  it('scales points into the box with larger values higher up', () => {
    const chart = sparkline(series, box);
    expect(chart).toEqual({
      width: 100,
      height: 40,
      shapes: [
        {
          kind: 'polyline',
          points: [
            [4, 36],
            [50, 4],
            [96, 20],
          ],
          tone: 'neutral',
        },
        { kind: 'circle', cx: 96, cy: 20, r: 2, tone: 'neutral' },
      ],
    });
  });

  it('widens the y-domain to include baseline and target and draws them dashed', () => {
    // Domain 0…40 over 32 units: 0.8 per unit.
    const chart = sparkline(series, { ...box, baseline: 0, target: 40 });
    expect(of('line', chart.shapes)).toEqual([
      { kind: 'line', x1: 4, y1: 36, x2: 96, y2: 36, tone: 'baseline', dashed: true },
      { kind: 'line', x1: 4, y1: 4, x2: 96, y2: 4, tone: 'target', dashed: true },
    ]);
    const points = of('polyline', chart.shapes)[0]!.points;
    expect(points.map(([, y]) => y)).toEqual([28, 20, 24].map((y) => expect.closeTo(y, 9)));
    expect(outside(chart)).toEqual([]);
  });

  it('leaves out reference lines that are null', () => {
    const chart = sparkline(series, { ...box, baseline: null, target: 25 });
    expect(of('line', chart.shapes).map((l) => l.tone)).toEqual(['target']);
  });

  it('is empty without points', () => {
    expect(sparkline([], { ...box, baseline: 1, target: 2 }).shapes).toEqual([]);
  });

  it('draws only a centred circle for a single point', () => {
    expect(sparkline([{ x: 2024, y: 7 }], box).shapes).toEqual([{ kind: 'circle', cx: 50, cy: 20, r: 2, tone: 'neutral' }]);
  });

  it('centres a flat series vertically without dividing by zero', () => {
    const chart = sparkline(
      [
        { x: 1, y: 5 },
        { x: 2, y: 5 },
        { x: 3, y: 5 },
      ],
      box,
    );
    expect(of('polyline', chart.shapes)[0]!.points).toEqual([
      [4, 20],
      [50, 20],
      [96, 20],
    ]);
  });

  it('sorts by x so the circle marks the latest point', () => {
    const chart = sparkline([series[2]!, series[0]!, series[1]!], box);
    expect(of('polyline', chart.shapes)[0]!.points).toEqual([
      [4, 36],
      [50, 4],
      [96, 20],
    ]);
    expect(of('circle', chart.shapes)[0]).toMatchObject({ cx: 96, cy: 20 });
  });

  it('places points in a fixed x-domain and clamps points outside it', () => {
    const chart = sparkline([...series, { x: 2030, y: 15 }], { ...box, xDomain: [2019, 2023] });
    // 92 units over 4 years: 23 per year.
    expect(of('polyline', chart.shapes)[0]!.points.map(([x]) => x)).toEqual([27, 50, 73, 96]);
  });

  it('keeps the dot inside when padding is smaller than its radius', () => {
    const chart = sparkline(series, { ...box, padding: 0, radius: 3 });
    expect(of('circle', chart.shapes)[0]).toMatchObject({ cx: 97, r: 3 });
    expect(outside(chart)).toEqual([]);
  });

  it('keeps every shape inside the chart for negative values and far-off references', () => {
    const points = [-3, 8, -1, 0, 12].map((y, x) => ({ x, y }));
    const chart = sparkline(points, { width: 60, height: 16, padding: 2, baseline: -10, target: 100 });
    expect(chart.shapes).toHaveLength(4);
    expect(outside(chart)).toEqual([]);
  });
});
