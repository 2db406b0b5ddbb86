import { describe, expect, it } from 'vitest';
import { extent } from '../../../shared/charts/scale';
import { sparkline } from '../../../shared/charts/sparkline';

describe('charts over many values', () => {
  it('lays out a sparkline of 300,000 points without spreading them over the call stack', () => {
    const points = Array.from({ length: 300_000 }, (_, i) => ({ x: 2000 + i / 1000, y: Math.sin(i / 100) * 1e15 }));
    const chart = sparkline(points, { width: 60, height: 16, baseline: 0, target: 5e14 });
    const line = chart.shapes.find((s) => s.kind === 'polyline');
    expect(line && line.kind === 'polyline' ? line.points.length : 0).toBe(300_000);
    expect(JSON.stringify(chart)).not.toMatch(/null|NaN/);
  });

  it('finds the extent of values in one pass', () => {
    expect(extent([3, -2, 7, 0])).toEqual([-2, 7]);
    expect(extent([])).toEqual([0, 0]);
  });
});
