/** A table on the pages: header on every page, rows wrapped, a row taller than a page split by lines. */
import type { Tone } from '../charts/shapes';
import { cellText, type Block, type Cell } from './blocks';
import { paintChart } from './chart-items';
import type { Cursor } from './cursor';
import { ACCENT, BOTTOM, CONTENT_WIDTH, lineHeight, PAGE, SIZES } from './page';
import { wrap } from './text';

const PAD = 1.2;
const SPARK_HEIGHT = 7;

type TableBlock = Extract<Block, { kind: 'table' }>;
const isChart = (cell: Cell): cell is Extract<Cell, { chart: unknown }> => typeof cell !== 'string' && 'chart' in cell;
const isBold = (cell: Cell) => typeof cell !== 'string' && 'bold' in cell && !!cell.bold;

/** Column positions, wrapped header lines and sizes of one table. */
class Grid {
  readonly size: number;
  readonly lh: number;
  readonly widths: number[];
  readonly xs: number[];
  readonly headerLines: string[][];
  readonly headerHeight: number;

  constructor(
    readonly block: TableBlock,
    readonly cursor: Cursor,
  ) {
    this.size = block.fontSize ?? SIZES.table;
    this.lh = lineHeight(this.size);
    const total = block.columns.reduce((s, c) => s + c.width, 0);
    this.widths = block.columns.map((c) => (c.width / total) * CONTENT_WIDTH);
    this.xs = this.widths.map((_, i) => PAGE.left + this.widths.slice(0, i).reduce((a, b) => a + b, 0));
    this.headerLines = block.columns.map((c, i) => this.wrap(c.header, i, true));
    this.headerHeight = this.headerLines.reduce((m, l) => Math.max(m, l.length), 0) * this.lh + 2 * PAD;
  }

  wrap(text: string, column: number, bold: boolean): string[] {
    return wrap(text, this.widths[column]! - 2 * PAD, this.size, bold, this.cursor.typeset);
  }

  cellLines(cell: Cell, column: number): string[] {
    return isChart(cell) ? [] : this.wrap(cellText(cell), column, isBold(cell));
  }

  drawHeader(): void {
    const { cursor, lh, size } = this;
    const y = cursor.y;
    cursor.page.items.push({ kind: 'rect', x: PAGE.left, y, w: CONTENT_WIDTH, h: this.headerHeight, fill: '#e8eff7' });
    this.headerLines.forEach((ls, i) =>
      ls.forEach((line, k) => cursor.text(this.xs[i]! + PAD, y + PAD + lh * (k + 0.75), line, size, true, 'target')),
    );
    cursor.page.items.push({
      kind: 'line',
      x1: PAGE.left,
      y1: y + this.headerHeight,
      x2: PAGE.left + CONTENT_WIDTH,
      y2: y + this.headerHeight,
      color: ACCENT,
      width: 0.4,
    });
    cursor.y = y + this.headerHeight;
  }

  /** Lines `start` to `start + take` of a row at the cursor; the chart only with the first slice. */
  drawSlice(row: Cell[], lines: string[][], start: number, take: number): void {
    const { cursor, lh, size } = this;
    const y = cursor.y;
    row.forEach((cell, i) => {
      if (isChart(cell)) {
        if (start > 0) return;
        const scale = Math.min((this.widths[i]! - 2 * PAD) / cell.chart.width, SPARK_HEIGHT / cell.chart.height);
        paintChart(cursor.page.items, cell.chart, this.xs[i]! + PAD, y + PAD, scale);
        return;
      }
      const tone: Tone = typeof cell !== 'string' && 'tone' in cell && cell.tone ? cell.tone : 'neutral';
      lines[i]!.slice(start, start + take).forEach((line, k) =>
        cursor.text(this.xs[i]! + PAD, y + PAD + lh * (k + 0.75), line, size, isBold(cell), tone),
      );
    });
    const h = take * lh + 2 * PAD;
    cursor.page.items.push({
      kind: 'line',
      x1: PAGE.left,
      y1: y + h,
      x2: PAGE.left + CONTENT_WIDTH,
      y2: y + h,
      color: '#c8c8c8',
      width: 0.2,
    });
    cursor.y = y + h;
  }

  /** A row's wrapped lines per cell, and how many lines it takes (a chart takes its height). */
  private measure(row: Cell[]): { lines: string[][]; rowLines: number } {
    const lines = row.map((cell, i) => this.cellLines(cell, i));
    const chartLines = row.some(isChart) ? Math.ceil(SPARK_HEIGHT / this.lh) : 0;
    return { lines, rowLines: Math.max(1, chartLines, ...lines.map((l) => l.length)) };
  }

  /** Lines a row needs on the page where it starts: a row that fits on a page is never split; a taller one is split by lines. */
  private needed(rowLines: number): number {
    const fullPage = Math.floor((BOTTOM - PAGE.top - this.headerHeight - 2 * PAD) / this.lh);
    return rowLines <= fullPage ? rowLines : Math.min(rowLines, 2);
  }

  /** The height the header and the start of `row` take together: the header is never left alone at a page's foot. */
  startHeight(row: Cell[] | undefined): number {
    return this.headerHeight + (row ? this.needed(this.measure(row).rowLines) : 1) * this.lh + 2 * PAD;
  }

  drawRow(row: Cell[]): void {
    const { cursor, lh } = this;
    const { lines, rowLines } = this.measure(row);
    let start = 0;
    while (start < rowLines) {
      const room = Math.floor((BOTTOM - cursor.y - 2 * PAD) / lh);
      const needed = this.needed(rowLines - start);
      if (room < needed) {
        cursor.newPage();
        this.drawHeader();
        continue;
      }
      const take = Math.min(room, rowLines - start);
      this.drawSlice(row, lines, start, take);
      start += take;
    }
  }
}

/** Lays out a table at the cursor and leaves the cursor below it. */
export function layTable(block: TableBlock, cursor: Cursor): void {
  const grid = new Grid(block, cursor);
  if (cursor.y + grid.startHeight(block.rows[0]) > BOTTOM) cursor.newPage();
  grid.drawHeader();
  for (const row of block.rows) grid.drawRow(row);
  cursor.y += 4;
}
