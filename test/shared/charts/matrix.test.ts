import { describe, expect, it } from 'vitest';
import { crossDomainMatrix, formatCellValue, type CrossDomainLink } from '../../../shared/charts/matrix';
import type { Rect, Text } from '../../../shared/charts/shapes';
import { outside } from './bounds';

const themes = ['a', 'b', 'c'];
const links: CrossDomainLink[] = [
  { from: 'a', to: 'b', sign: 'positive', strength: 2 },
  { from: 'b', to: 'a', sign: 'negative', strength: 1 },
  { from: 'a', to: 'b', sign: 'negative', strength: 0.5 },
  { from: 'a', to: 'c', sign: 'positive', strength: 1 },
  { from: 'a', to: 'c', sign: 'negative', strength: 1 },
  { from: 'a', to: 'z', sign: 'positive', strength: 3 },
];
// Grid starts at (80, 20); cells of 20.
const options = { cell: 20, headerWidth: 80, headerHeight: 20 };

describe('crossDomainMatrix', () => {
  it('sums signed strengths per pair and returns the cells by row and column', () => {
    const { cells } = crossDomainMatrix(themes, links, options);
    expect(cells).toEqual([
      { from: 'a', to: 'b', value: 1.5, row: 0, col: 1 },
      { from: 'a', to: 'c', value: 0, row: 0, col: 2 },
      { from: 'b', to: 'a', value: -1, row: 1, col: 0 },
    ]);
  });

  it('draws a toned rect per non-zero cell at its grid position', () => {
    const { chart } = crossDomainMatrix(themes, links, options);
    expect(chart.width).toBe(140);
    expect(chart.height).toBe(80);
    expect(chart.shapes.filter((s): s is Rect => s.kind === 'rect')).toEqual([
      { kind: 'rect', x: 101, y: 21, width: 18, height: 18, tone: 'positive', label: '+1.5' },
      { kind: 'rect', x: 81, y: 41, width: 18, height: 18, tone: 'negative', label: '-1' },
    ]);
  });

  it('heads rows with number and name, columns with the number', () => {
    const { chart } = crossDomainMatrix(themes, [], { ...options, label: (id) => id.toUpperCase() });
    const texts = chart.shapes.filter((s): s is Text => s.kind === 'text');
    expect(texts.filter((t) => t.anchor === 'end').map((t) => [t.text, t.x])).toEqual([
      ['1. A', 76],
      ['2. B', 76],
      ['3. C', 76],
    ]);
    expect(texts.filter((t) => t.anchor === 'middle').map((t) => [t.text, t.x, t.y])).toEqual([
      ['1', 90, 16],
      ['2', 110, 16],
      ['3', 130, 16],
    ]);
    expect(texts[0]!.y).toBeCloseTo(34.2);
  });

  it('draws n + 1 grid lines each way', () => {
    const { chart } = crossDomainMatrix(themes, [], options);
    const lines = chart.shapes.filter((s) => s.kind === 'line');
    expect(lines).toHaveLength(8);
    expect(lines).toContainEqual({ kind: 'line', x1: 80, y1: 80, x2: 140, y2: 80, tone: 'muted' });
    expect(lines).toContainEqual({ kind: 'line', x1: 140, y1: 20, x2: 140, y2: 80, tone: 'muted' });
  });

  it('handles a link from a theme to itself on the diagonal', () => {
    const { chart, cells } = crossDomainMatrix(themes, [{ from: 'c', to: 'c', sign: 'positive', strength: 2 }], options);
    expect(cells).toEqual([{ from: 'c', to: 'c', value: 2, row: 2, col: 2 }]);
    expect(chart.shapes).toContainEqual({ kind: 'rect', x: 121, y: 61, width: 18, height: 18, tone: 'positive', label: '+2' });
  });

  it('is just the header corner without themes', () => {
    const { chart, cells } = crossDomainMatrix([], links, options);
    expect(cells).toEqual([]);
    expect(chart.width).toBe(80);
    expect(chart.height).toBe(20);
  });

  it('keeps every shape inside the chart', () => {
    const many = Array.from({ length: 6 }, (_, i) => `t${i}`);
    const all = many.flatMap((from, i) =>
      many.map((to, j) => ({ from, to, sign: (i + j) % 2 ? 'negative' : 'positive', strength: i + 1 }) as CrossDomainLink),
    );
    const { chart, cells } = crossDomainMatrix(many, all, { cell: 16, headerWidth: 120, headerHeight: 16 });
    expect(cells).toHaveLength(36);
    expect(outside(chart)).toEqual([]);
  });
});

describe('formatCellValue', () => {
  it.each([
    [3, '+3'],
    [-1.5, '-1.5'],
    [0, '0'],
    [0.1 + 0.2, '+0.3'],
  ])('%s -> %s', (v, s) => expect(formatCellValue(v)).toBe(s));
});
