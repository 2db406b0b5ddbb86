/**
 * The cross-domain matrix: how effects on one theme spill over to another. Rows are the
 * "from" theme, columns the "to" theme, a cell holds the signed sum of the links' strengths.
 * Columns are headed by number (theme names do not fit a narrow column); row headers carry the
 * same number and the theme's name.
 */
import { centredBaseline } from './scale';
import type { Chart, Shape } from './shapes';

export interface CrossDomainLink {
  from: string;
  to: string;
  sign: 'positive' | 'negative';
  strength: number;
}

export interface MatrixOptions {
  cell: number;
  headerWidth: number;
  headerHeight: number;
  /** The name shown for a theme id; default the id itself. */
  label?: (id: string) => string;
  /** Text size; default 12, at most 0.6 × cell. */
  fontSize?: number;
}

export interface MatrixCell {
  from: string;
  to: string;
  /** Signed sum of strengths; 0 when positive and negative links cancel out. */
  value: number;
  row: number;
  col: number;
}

export interface CrossDomainMatrix {
  chart: Chart;
  /** Every (from, to) pair with at least one link, by row then column: the text alternative. */
  cells: MatrixCell[];
}

/** Formats a cell value with an explicit sign ("+3", "-1.5", "0"). */
export function formatCellValue(v: number): string {
  const s = String(Math.round(Math.abs(v) * 100) / 100);
  if (s === '0') return s;
  return v > 0 ? `+${s}` : `-${s}`;
}

/** Sums the links per (from, to) pair; links naming a theme outside `themes` are ignored. */
export function matrixCells(themes: readonly string[], links: readonly CrossDomainLink[]): MatrixCell[] {
  const index = new Map(themes.map((t, i) => [t, i]));
  const sums = new Map<string, MatrixCell>();
  for (const link of links) {
    const row = index.get(link.from);
    const col = index.get(link.to);
    if (row === undefined || col === undefined || !Number.isFinite(link.strength)) continue;
    const key = `${row}:${col}`;
    const cell = sums.get(key) ?? { from: link.from, to: link.to, value: 0, row, col };
    cell.value += link.sign === 'negative' ? -link.strength : link.strength;
    sums.set(key, cell);
  }
  return [...sums.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

/** Lays out the cross-domain matrix: headers, a grid, a toned rect and value per non-zero cell. */
export function crossDomainMatrix(themes: readonly string[], links: readonly CrossDomainLink[], options: MatrixOptions): CrossDomainMatrix {
  const { cell, headerWidth, headerHeight } = options;
  const label = options.label ?? ((id: string) => id);
  const size = Math.min(options.fontSize ?? 12, cell * 0.6);
  const n = themes.length;
  const width = headerWidth + n * cell;
  const height = headerHeight + n * cell;
  const cells = matrixCells(themes, links);

  const shapes: Shape[] = [];
  themes.forEach((id, i) => {
    const rowMiddle = headerHeight + i * cell + cell / 2;
    shapes.push({
      kind: 'text',
      x: headerWidth - 4,
      y: centredBaseline(rowMiddle, size),
      text: `${i + 1}. ${label(id)}`,
      anchor: 'end',
      tone: 'neutral',
      size,
    });
    shapes.push({
      kind: 'text',
      x: headerWidth + i * cell + cell / 2,
      y: headerHeight - 4,
      text: String(i + 1),
      anchor: 'middle',
      tone: 'neutral',
      size,
    });
  });
  for (let k = 0; k <= n; k++) {
    shapes.push({ kind: 'line', x1: headerWidth, y1: headerHeight + k * cell, x2: width, y2: headerHeight + k * cell, tone: 'muted' });
    shapes.push({ kind: 'line', x1: headerWidth + k * cell, y1: headerHeight, x2: headerWidth + k * cell, y2: height, tone: 'muted' });
  }
  for (const c of cells) {
    if (c.value === 0) continue;
    const tone = c.value > 0 ? 'positive' : 'negative';
    const x = headerWidth + c.col * cell;
    const y = headerHeight + c.row * cell;
    const text = formatCellValue(c.value);
    // A one-unit inset keeps the grid lines visible around a filled cell.
    shapes.push({ kind: 'rect', x: x + 1, y: y + 1, width: cell - 2, height: cell - 2, tone, label: text });
    shapes.push({ kind: 'text', x: x + cell / 2, y: centredBaseline(y + cell / 2, size), text, anchor: 'middle', tone: 'neutral', size });
  }
  return { chart: { width, height, shapes }, cells };
}
