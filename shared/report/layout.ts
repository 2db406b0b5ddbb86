/**
 * Page layout: blocks → A4 pages of positioned items (mm, text baselines), with the outline and
 * the table of contents. Pure: text is measured by an injected function, so the same layout
 * serves the PDF painter and the tests.
 */
import type { Chart, Tone } from '../charts/shapes';
import { toneColour } from '../charts/palette';
import { cellText, type Block, type Cell } from './blocks';
import { wrap, type Measure } from './text';

export type Item =
  | { kind: 'text'; x: number; y: number; text: string; size: number; bold: boolean; tone: Tone; align: 'left' | 'right' | 'center' }
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill: string }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; color: string; width: number; dashed?: boolean }
  | { kind: 'link'; x: number; y: number; w: number; h: number; page: number };

export interface Page {
  items: Item[];
  cover: boolean;
}

export interface OutlineEntry {
  title: string;
  level: 1 | 2 | 3;
  /** 1-based page number. */
  page: number;
}

export interface Laid {
  pages: Page[];
  outline: OutlineEntry[];
}

/** A4 portrait, in mm. */
export const PAGE = { width: 210, height: 297, left: 20, right: 20, top: 24, bottom: 22 };
const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const PT = 0.3528;
/** Line height in mm for a font size in pt. */
export const lineHeight = (size: number) => size * PT * 1.35;
const SIZES = { h1: 17, h2: 13, h3: 11, body: 10, small: 8.5, table: 8.5 };

/** Lays out the report's blocks on pages. */
export function layout(blocks: readonly Block[], measure: Measure): Laid {
  const pages: Page[] = [];
  const outline: OutlineEntry[] = [];
  let page: Page = { items: [], cover: false };
  let y = PAGE.top;
  const bottom = PAGE.height - PAGE.bottom;
  let tocSlots: { y: number; page: number; index: number }[] = [];

  const newPage = (cover = false) => {
    page = { items: [], cover };
    pages.push(page);
    y = PAGE.top;
  };
  newPage();
  const ensure = (h: number) => {
    if (y + h > bottom && y > PAGE.top + 0.01) newPage();
  };
  const text = (
    x: number,
    yy: number,
    s: string,
    size: number,
    bold = false,
    tone: Tone = 'neutral',
    align: 'left' | 'right' | 'center' = 'left',
  ) => page.items.push({ kind: 'text', x, y: yy, text: s, size, bold, tone, align });

  /** Writes wrapped lines at x, paginating line by line. */
  const lines = (x: number, width: number, s: string, size: number, bold = false, tone: Tone = 'neutral') => {
    const lh = lineHeight(size);
    for (const line of wrap(s, width, size, bold, measure)) {
      ensure(lh);
      text(x, y + lh * 0.75, line, size, bold, tone);
      y += lh;
    }
  };

  const tocEntries = blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading' && b.level <= 2);

  for (const block of blocks) {
    switch (block.kind) {
      case 'cover': {
        if (page.items.length > 0) newPage(true);
        else page.cover = true;
        let cy = 70;
        for (const line of wrap(block.title, CONTENT_WIDTH, 24, true, measure)) {
          text(PAGE.left, cy, line, 24, true, 'target');
          cy += lineHeight(24);
        }
        cy += 4;
        for (const line of wrap(block.subtitle, CONTENT_WIDTH, 13, false, measure)) {
          text(PAGE.left, cy, line, 13, false, 'muted');
          cy += lineHeight(13);
        }
        page.items.push({ kind: 'line', x1: PAGE.left, y1: cy + 2, x2: PAGE.width - PAGE.right, y2: cy + 2, color: '#154273', width: 0.8 });
        y = cy + 10;
        for (const [label, value] of block.fields) {
          text(PAGE.left, y + 4, label, SIZES.body, true);
          const start = y;
          for (const line of wrap(value || '—', CONTENT_WIDTH - 50, SIZES.body, false, measure)) {
            text(PAGE.left + 50, y + 4, line, SIZES.body);
            y += lineHeight(SIZES.body);
          }
          y = Math.max(y, start + lineHeight(SIZES.body)) + 1.5;
        }
        text(PAGE.left, bottom - 5, block.footer, SIZES.small, false, 'muted');
        newPage();
        break;
      }
      case 'toc': {
        text(PAGE.left, y + 7, block.title, SIZES.h1, true, 'target');
        y += 14;
        const lh = lineHeight(SIZES.body) + 1;
        tocSlots = [];
        tocEntries.forEach((_, index) => {
          ensure(lh);
          tocSlots.push({ y, page: pages.length, index });
          y += lh;
        });
        break;
      }
      case 'heading': {
        const size = block.level === 1 ? SIZES.h1 : block.level === 2 ? SIZES.h2 : SIZES.h3;
        const lh = lineHeight(size);
        const headingLines = wrap(block.text, CONTENT_WIDTH, size, true, measure);
        if (block.pageBreakBefore && page.items.length > 0) newPage();
        else {
          y += block.level === 1 ? 4 : 3;
          // Keep a heading with at least a few lines of what follows.
          ensure(headingLines.length * lh + 18);
        }
        outline.push({ title: block.text, level: block.level, page: pages.length });
        for (const line of headingLines) {
          text(PAGE.left, y + lh * 0.75, line, size, true, block.level === 3 ? 'neutral' : 'target');
          y += lh;
        }
        if (block.level === 1)
          page.items.push({
            kind: 'line',
            x1: PAGE.left,
            y1: y + 0.5,
            x2: PAGE.width - PAGE.right,
            y2: y + 0.5,
            color: '#154273',
            width: 0.5,
          });
        y += block.level === 1 ? 4 : 1.5;
        break;
      }
      case 'paragraph': {
        const size = block.style === 'small' ? SIZES.small : SIZES.body;
        lines(PAGE.left, CONTENT_WIDTH, block.text, size, block.style === 'bold', block.style === 'muted' ? 'muted' : 'neutral');
        y += 2;
        break;
      }
      case 'bullets': {
        for (const item of block.items) {
          const lh = lineHeight(SIZES.body);
          wrap(item, CONTENT_WIDTH - 5, SIZES.body, false, measure).forEach((line, i) => {
            ensure(lh);
            if (i === 0) text(PAGE.left + 1, y + lh * 0.75, '•', SIZES.body);
            text(PAGE.left + 5, y + lh * 0.75, line, SIZES.body);
            y += lh;
          });
          y += 0.8;
        }
        y += 1.5;
        break;
      }
      case 'fields': {
        const labelWidth = 48;
        for (const [label, value] of block.rows) {
          const lh = lineHeight(SIZES.body);
          const labelLines = wrap(label, labelWidth - 3, SIZES.body, true, measure);
          const valueLines = wrap(value, CONTENT_WIDTH - labelWidth, SIZES.body, false, measure);
          ensure(Math.min(3, Math.max(labelLines.length, valueLines.length)) * lh);
          const n = Math.max(labelLines.length, valueLines.length);
          for (let i = 0; i < n; i++) {
            ensure(lh);
            if (labelLines[i]) text(PAGE.left, y + lh * 0.75, labelLines[i]!, SIZES.body, true);
            if (valueLines[i] !== undefined) text(PAGE.left + labelWidth, y + lh * 0.75, valueLines[i]!, SIZES.body);
            y += lh;
          }
          y += 1.5;
        }
        y += 1;
        break;
      }
      case 'chart': {
        const scale = Math.min(block.width, CONTENT_WIDTH) / block.chart.width;
        const h = block.chart.height * scale;
        ensure(h + 4);
        paintChart(page.items, block.chart, PAGE.left, y, scale);
        y += h + 4;
        break;
      }
      case 'table':
        y = table(
          block,
          measure,
          () => page,
          () => y,
          newPage,
          (v) => (y = v),
          bottom,
        );
        break;
    }
  }

  // Fill in the table of contents now that the pages are known.
  for (const slot of tocSlots) {
    const entry = tocEntries[slot.index]!;
    const target = outline.filter((o) => o.level <= 2)[slot.index]!;
    const p = pages[slot.page - 1]!;
    const indent = entry.level === 2 ? 6 : 0;
    const size = SIZES.body;
    const lh = lineHeight(size);
    const number = String(target.page);
    const room = CONTENT_WIDTH - indent - measure(number, size, false) - 6;
    p.items.push({
      kind: 'text',
      x: PAGE.left + indent,
      y: slot.y + lh * 0.75,
      text: ellipsis(entry.text, room, size, entry.level === 1, measure),
      size,
      bold: entry.level === 1,
      tone: 'neutral',
      align: 'left',
    });
    p.items.push({
      kind: 'text',
      x: PAGE.width - PAGE.right,
      y: slot.y + lh * 0.75,
      text: number,
      size,
      bold: false,
      tone: 'neutral',
      align: 'right',
    });
    p.items.push({ kind: 'link', x: PAGE.left, y: slot.y, w: CONTENT_WIDTH, h: lh, page: target.page });
  }
  return { pages, outline };
}

function ellipsis(s: string, width: number, size: number, bold: boolean, measure: Measure): string {
  if (measure(s, size, bold) <= width) return s;
  let cut = s.length;
  while (cut > 1 && measure(`${s.slice(0, cut)}…`, size, bold) > width) cut--;
  return `${s.slice(0, cut)}…`;
}

/** Chart geometry (any units) scaled into mm at (x, y). Text sizes convert from mm to pt. */
function paintChart(items: Item[], chart: Chart, x: number, y: number, scale: number): void {
  for (const s of chart.shapes) {
    if (s.kind === 'rect')
      items.push({
        kind: 'rect',
        x: x + s.x * scale,
        y: y + s.y * scale,
        w: s.width * scale,
        h: s.height * scale,
        fill: toneColour(s.tone),
      });
    else if (s.kind === 'line')
      items.push({
        kind: 'line',
        x1: x + s.x1 * scale,
        y1: y + s.y1 * scale,
        x2: x + s.x2 * scale,
        y2: y + s.y2 * scale,
        color: toneColour(s.tone),
        width: 0.3,
        dashed: s.dashed,
      });
    else if (s.kind === 'polyline')
      for (let i = 1; i < s.points.length; i++)
        items.push({
          kind: 'line',
          x1: x + s.points[i - 1]![0] * scale,
          y1: y + s.points[i - 1]![1] * scale,
          x2: x + s.points[i]![0] * scale,
          y2: y + s.points[i]![1] * scale,
          color: toneColour(s.tone),
          width: 0.4,
        });
    else if (s.kind === 'circle')
      items.push({
        kind: 'rect',
        x: x + (s.cx - s.r) * scale,
        y: y + (s.cy - s.r) * scale,
        w: 2 * s.r * scale,
        h: 2 * s.r * scale,
        fill: toneColour(s.tone),
      });
    else
      items.push({
        kind: 'text',
        x: x + s.x * scale,
        y: y + s.y * scale,
        text: s.text,
        size: (s.size * scale) / PT,
        bold: false,
        tone: s.tone,
        align: s.anchor === 'end' ? 'right' : s.anchor === 'middle' ? 'center' : 'left',
      });
  }
}

const PAD = 1.2;
const SPARK_HEIGHT = 7;

/** A table: header on every page, rows wrapped, a row taller than a page split by lines. */
function table(
  block: Extract<Block, { kind: 'table' }>,
  measure: Measure,
  current: () => Page,
  getY: () => number,
  newPage: () => void,
  setY: (y: number) => void,
  bottom: number,
): number {
  const size = block.fontSize ?? SIZES.table;
  const lh = lineHeight(size);
  const total = block.columns.reduce((s, c) => s + c.width, 0);
  const widths = block.columns.map((c) => (c.width / total) * CONTENT_WIDTH);
  const xs = widths.map((_, i) => PAGE.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const cellLines = (cell: Cell, i: number, bold: boolean) =>
    typeof cell !== 'string' && 'chart' in cell
      ? []
      : wrap(cellText(cell), widths[i]! - 2 * PAD, size, bold || (typeof cell !== 'string' && 'bold' in cell && !!cell.bold), measure);
  const headerLines = block.columns.map((c, i) => wrap(c.header, widths[i]! - 2 * PAD, size, true, measure));
  const headerHeight = Math.max(...headerLines.map((l) => l.length)) * lh + 2 * PAD;

  const drawHeader = () => {
    const p = current();
    const y = getY();
    p.items.push({ kind: 'rect', x: PAGE.left, y, w: CONTENT_WIDTH, h: headerHeight, fill: '#e8eff7' });
    headerLines.forEach((ls, i) =>
      ls.forEach((line, k) =>
        p.items.push({
          kind: 'text',
          x: xs[i]! + PAD,
          y: y + PAD + lh * (k + 0.75),
          text: line,
          size,
          bold: true,
          tone: 'target',
          align: 'left',
        }),
      ),
    );
    p.items.push({
      kind: 'line',
      x1: PAGE.left,
      y1: y + headerHeight,
      x2: PAGE.left + CONTENT_WIDTH,
      y2: y + headerHeight,
      color: '#154273',
      width: 0.4,
    });
    setY(y + headerHeight);
  };

  if (getY() + headerHeight + lh + 2 * PAD > bottom) newPage();
  drawHeader();
  for (const row of block.rows) {
    const linesPerCell = row.map((cell, i) => cellLines(cell, i, false));
    const chartRows = row.some((c) => typeof c !== 'string' && 'chart' in c) ? Math.ceil(SPARK_HEIGHT / lh) : 0;
    let start = 0;
    const rowLines = Math.max(1, chartRows, ...linesPerCell.map((l) => l.length));
    const fullPage = Math.floor((bottom - PAGE.top - headerHeight - 2 * PAD) / lh);
    while (start < rowLines) {
      const room = Math.floor((bottom - getY() - 2 * PAD) / lh);
      // A row that fits on a page is never split; a taller one is split by lines.
      const needed = rowLines - start <= fullPage ? rowLines - start : Math.min(rowLines - start, 2);
      if (room < needed) {
        newPage();
        drawHeader();
        continue;
      }
      const take = Math.min(room, rowLines - start);
      const p = current();
      const y = getY();
      row.forEach((cell, i) => {
        if (typeof cell !== 'string' && 'chart' in cell) {
          if (start === 0) {
            const scale = Math.min((widths[i]! - 2 * PAD) / cell.chart.width, SPARK_HEIGHT / cell.chart.height);
            paintChart(p.items, cell.chart, xs[i]! + PAD, y + PAD, scale);
          }
          return;
        }
        const tone: Tone = typeof cell !== 'string' && 'tone' in cell && cell.tone ? cell.tone : 'neutral';
        const bold = typeof cell !== 'string' && 'bold' in cell && !!cell.bold;
        linesPerCell[i]!.slice(start, start + take).forEach((line, k) =>
          p.items.push({ kind: 'text', x: xs[i]! + PAD, y: y + PAD + lh * (k + 0.75), text: line, size, bold, tone, align: 'left' }),
        );
      });
      const h = take * lh + 2 * PAD;
      p.items.push({ kind: 'line', x1: PAGE.left, y1: y + h, x2: PAGE.left + CONTENT_WIDTH, y2: y + h, color: '#c8c8c8', width: 0.2 });
      setY(y + h);
      start += take;
    }
  }
  return getY() + 4;
}
