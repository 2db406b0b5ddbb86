import { describe, expect, it } from 'vitest';
import { tocDiagram, wrapText, type TocDiagramInput } from '../../../shared/charts/toc';
import { outside } from './bounds';

const input = (columns: string[][], edges: TocDiagramInput['edges'] = []): TocDiagramInput => ({
  headings: ['Activiteiten', 'Prestaties', 'Uitkomsten', 'Impact'],
  columns: columns.map((c) =>
    c.map((id) => ({ id, label: `Stap ${id} met een wat langere omschrijving`, note: id.startsWith('u') ? '2' : undefined })),
  ),
  edges,
  legend: { evidenced: 'onderbouwd', unevidenced: 'aanname zonder onderbouwing' },
});

describe('the theory-of-change diagram', () => {
  it('wraps text to the width and ends in an ellipsis when it does not fit', () => {
    expect(wrapText('een twee drie vier', 9, 3)).toEqual(['een twee', 'drie vier']);
    expect(wrapText('een twee drie vier vijf zes zeven', 9, 2)).toEqual(['een twee', 'drie…']);
    expect(wrapText('Ontwikkelingsmaatschappij', 10, 2)).toEqual(['Ontwikkel…']);
    expect(wrapText('   ', 10, 2)).toEqual([]);
    for (const line of wrapText('a '.repeat(200), 12, 4)) expect(line.length).toBeLessThanOrEqual(12);
  });

  it('puts a box per step in its column, none overlapping, and everything inside the chart', () => {
    const { chart, boxes } = tocDiagram(input([['a1', 'a2', 'a3'], ['o1'], ['u1', 'u2'], []]));
    expect(boxes.map((b) => `${b.id}:${b.column}`)).toEqual(['a1:0', 'a2:0', 'a3:0', 'o1:1', 'u1:2', 'u2:2']);
    for (const a of boxes)
      for (const b of boxes)
        if (a !== b) expect(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(true);
    expect(outside(chart)).toEqual([]);
    // A shorter column is centred on the tallest.
    const a2 = boxes.find((b) => b.id === 'a2')!;
    const o1 = boxes.find((b) => b.id === 'o1')!;
    expect(o1.y).toBeCloseTo(a2.y);
  });

  it('draws a link from the right edge of its step to the left edge of the next, dashed when its assumption lacks evidence', () => {
    const { chart, boxes } = tocDiagram(
      input(
        [['a1'], ['o1', 'o2'], [], []],
        [
          { from: 'a1', to: 'o1', evidenced: true },
          { from: 'a1', to: 'o2', evidenced: false },
          { from: 'o1', to: 'a1', evidenced: true },
          { from: 'a1', to: 'gone', evidenced: true },
        ],
      ),
    );
    const a1 = boxes[0]!;
    const links = chart.shapes.filter((s) => s.kind === 'line' && s.x1 === a1.x + a1.width && s.x2 > s.x1);
    expect(links).toHaveLength(2);
    expect(links.map((l) => l.kind === 'line' && !!l.dashed)).toEqual([false, true]);
    expect(links.every((l) => l.kind === 'line' && l.x2 === boxes[1]!.x)).toBe(true);
    expect(chart.shapes.filter((s) => s.kind === 'polyline')).toHaveLength(2);
    expect(outside(chart)).toEqual([]);
  });

  it('shows the headings, the labels, the notes and the legend as text', () => {
    const { chart } = tocDiagram(input([['a1'], [], ['u1'], []]));
    const texts = chart.shapes.flatMap((s) => (s.kind === 'text' ? [s.text] : []));
    expect(texts).toEqual(expect.arrayContaining(['Activiteiten', 'Impact', '2', 'onderbouwd', 'aanname zonder onderbouwing']));
    expect(texts.some((t) => t.startsWith('Stap a1'))).toBe(true);
  });

  it('an empty theory draws headings and legend only', () => {
    const { chart, boxes } = tocDiagram(input([[], [], [], []]));
    expect(boxes).toEqual([]);
    expect(outside(chart)).toEqual([]);
  });
});
