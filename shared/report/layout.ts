/**
 * Page layout: blocks → A4 pages of positioned items (mm, text baselines), with the outline and
 * the table of contents. Pure: text is measured by an injected function, so the same layout
 * serves the PDF painter and the tests.
 */
import type { Block } from './blocks';
import { paintChart } from './chart-items';
import { Cursor } from './cursor';
import { ACCENT, BOTTOM, CONTENT_WIDTH, lineHeight, PAGE, SIZES, type Laid, type Page } from './page';
import { layTable } from './table-layout';
import { ellipsis, wrap, type Typeset } from './text';

export { PAGE, lineHeight, type Item, type Laid, type OutlineEntry, type Page } from './page';

type BlockOf<K extends Block['kind']> = Extract<Block, { kind: K }>;
type Heading = BlockOf<'heading'>;

/** A slot in the table of contents, filled in once the pages of the headings are known. */
interface TocSlot {
  y: number;
  page: number;
  index: number;
}

function layCover(block: BlockOf<'cover'>, c: Cursor): void {
  if (c.page.items.length > 0) c.newPage(true);
  else c.page.cover = true;
  let y = 70;
  for (const line of wrap(block.title, CONTENT_WIDTH, 24, true, c.typeset)) {
    c.text(PAGE.left, y, line, 24, true, 'target');
    y += lineHeight(24);
  }
  y += 4;
  for (const line of wrap(block.subtitle, CONTENT_WIDTH, 13, false, c.typeset)) {
    c.text(PAGE.left, y, line, 13, false, 'muted');
    y += lineHeight(13);
  }
  c.rule(y + 2, ACCENT, 0.8);
  c.y = y + 10;
  for (const [label, value] of block.fields) {
    c.text(PAGE.left, c.y + 4, label, SIZES.body, true);
    const start = c.y;
    for (const line of wrap(value || '—', CONTENT_WIDTH - 50, SIZES.body, false, c.typeset)) {
      c.text(PAGE.left + 50, c.y + 4, line, SIZES.body);
      c.y += lineHeight(SIZES.body);
    }
    c.y = Math.max(c.y, start + lineHeight(SIZES.body)) + 1.5;
  }
  c.text(PAGE.left, BOTTOM - 5, block.footer, SIZES.small, false, 'muted');
  c.newPage();
}

/** The title, and one empty slot per level-1 and level-2 heading. */
function layToc(block: BlockOf<'toc'>, c: Cursor, entries: number): TocSlot[] {
  c.text(PAGE.left, c.y + 7, block.title, SIZES.h1, true, 'target');
  c.y += 14;
  const lh = lineHeight(SIZES.body) + 1;
  const slots: TocSlot[] = [];
  for (let index = 0; index < entries; index++) {
    c.ensure(lh);
    slots.push({ y: c.y, page: c.pageNumber, index });
    c.y += lh;
  }
  return slots;
}

function layHeading(block: Heading, c: Cursor): void {
  const size = block.level === 1 ? SIZES.h1 : block.level === 2 ? SIZES.h2 : SIZES.h3;
  const lh = lineHeight(size);
  const lines = wrap(block.text, CONTENT_WIDTH, size, true, c.typeset);
  if (block.pageBreakBefore && c.page.items.length > 0) c.newPage();
  else {
    c.y += block.level === 1 ? 4 : 3;
    // Keep a heading with at least a few lines of what follows.
    c.ensure(lines.length * lh + 18);
  }
  c.outline.push({ title: block.text, level: block.level, page: c.pageNumber });
  for (const line of lines) {
    c.text(PAGE.left, c.y + lh * 0.75, line, size, true, block.level === 3 ? 'neutral' : 'target');
    c.y += lh;
  }
  if (block.level === 1) c.rule(c.y + 0.5, ACCENT, 0.5);
  c.y += block.level === 1 ? 4 : 1.5;
}

function layParagraph(block: BlockOf<'paragraph'>, c: Cursor): void {
  const size = block.style === 'small' ? SIZES.small : SIZES.body;
  c.lines(PAGE.left, CONTENT_WIDTH, block.text, size, block.style === 'bold', block.style === 'muted' ? 'muted' : 'neutral');
  c.y += 2;
}

function layBullets(block: BlockOf<'bullets'>, c: Cursor): void {
  const lh = lineHeight(SIZES.body);
  for (const item of block.items) {
    wrap(item, CONTENT_WIDTH - 5, SIZES.body, false, c.typeset).forEach((line, i) => {
      c.ensure(lh);
      if (i === 0) c.text(PAGE.left + 1, c.y + lh * 0.75, '•', SIZES.body);
      c.text(PAGE.left + 5, c.y + lh * 0.75, line, SIZES.body);
      c.y += lh;
    });
    c.y += 0.8;
  }
  c.y += 1.5;
}

function layFields(block: BlockOf<'fields'>, c: Cursor): void {
  const labelWidth = 48;
  const lh = lineHeight(SIZES.body);
  for (const [label, value] of block.rows) {
    const labelLines = wrap(label, labelWidth - 3, SIZES.body, true, c.typeset);
    const valueLines = wrap(value, CONTENT_WIDTH - labelWidth, SIZES.body, false, c.typeset);
    const n = Math.max(labelLines.length, valueLines.length);
    c.ensure(Math.min(3, n) * lh);
    // Where each line goes first, then the label's lines before the value's: the PDF's text order is
    // label, then value (copying and text extraction read the value whole, not interleaved with a wrapped label).
    const at: { page: Page; y: number }[] = [];
    for (let i = 0; i < n; i++) {
      c.ensure(lh);
      at.push({ page: c.page, y: c.y + lh * 0.75 });
      c.y += lh;
    }
    const put = (x: number, line: string, i: number, bold: boolean) =>
      at[i]!.page.items.push({ kind: 'text', x, y: at[i]!.y, text: line, size: SIZES.body, bold, tone: 'neutral', align: 'left' });
    labelLines.forEach((line, i) => line && put(PAGE.left, line, i, true));
    valueLines.forEach((line, i) => put(PAGE.left + labelWidth, line, i, false));
    c.y += 1.5;
  }
  c.y += 1;
}

const chartHeight = (block: BlockOf<'chart'>) => (block.chart.height * Math.min(block.width, CONTENT_WIDTH)) / block.chart.width;

/**
 * The height that must fit on this page when block i is a heading or a caption (a paragraph) that
 * leads into a chart: the lead blocks and the chart together; 0 otherwise.
 */
function keepWithChart(blocks: readonly Block[], i: number, c: Cursor): number {
  let h = 0;
  for (let j = i; j < blocks.length && j < i + 3; j++) {
    const b = blocks[j]!;
    if (b.kind === 'chart') return j === i ? 0 : h + chartHeight(b) + 4;
    if (b.kind === 'heading' && j === i && b.level >= 2) {
      const size = b.level === 2 ? SIZES.h2 : SIZES.h3;
      h += wrap(b.text, CONTENT_WIDTH, size, true, c.typeset).length * lineHeight(size) + 5;
    } else if (b.kind === 'paragraph') {
      const size = b.style === 'small' ? SIZES.small : SIZES.body;
      h += wrap(b.text, CONTENT_WIDTH, size, b.style === 'bold', c.typeset).length * lineHeight(size) + 2;
    } else return 0;
  }
  return 0;
}

function layChart(block: BlockOf<'chart'>, c: Cursor): void {
  const h = chartHeight(block);
  const scale = Math.min(block.width, CONTENT_WIDTH) / block.chart.width;
  c.ensure(h + 4);
  paintChart(c.page.items, block.chart, PAGE.left, c.y, scale);
  c.y += h + 4;
}

/** Writes each contents entry (title, page number, link) into its slot, now that the pages are known. */
function fillToc(c: Cursor, slots: TocSlot[], entries: Heading[]): void {
  const targets = c.outline.filter((o) => o.level <= 2);
  const size = SIZES.body;
  const lh = lineHeight(size);
  for (const slot of slots) {
    const entry = entries[slot.index]!;
    const target = targets[slot.index]!;
    const items = c.pages[slot.page - 1]!.items;
    const indent = entry.level === 2 ? 6 : 0;
    const number = String(target.page);
    const room = CONTENT_WIDTH - indent - c.measure(number, size, false) - 6;
    const y = slot.y + lh * 0.75;
    const title = ellipsis(entry.text, room, size, entry.level === 1, c.measure);
    items.push({ kind: 'text', x: PAGE.left + indent, y, text: title, size, bold: entry.level === 1, tone: 'neutral', align: 'left' });
    items.push({ kind: 'text', x: PAGE.width - PAGE.right, y, text: number, size, bold: false, tone: 'neutral', align: 'right' });
    items.push({ kind: 'link', x: PAGE.left, y: slot.y, w: CONTENT_WIDTH, h: lh, page: target.page });
  }
}

/** Lays out the report's blocks on pages, measuring and hyphenating by `typeset`. */
export function layout(blocks: readonly Block[], typeset: Typeset): Laid {
  const c = new Cursor(typeset);
  const tocEntries = blocks.filter((b): b is Heading => b.kind === 'heading' && b.level <= 2);
  let tocSlots: TocSlot[] = [];
  blocks.forEach((block, i) => {
    // A chart is never parted from the heading and caption just before it.
    const keep = keepWithChart(blocks, i, c);
    if (keep > 0 && keep <= BOTTOM - PAGE.top) c.ensure(keep);
    if (block.kind === 'cover') layCover(block, c);
    else if (block.kind === 'toc') tocSlots = layToc(block, c, tocEntries.length);
    else if (block.kind === 'heading') layHeading(block, c);
    else if (block.kind === 'paragraph') layParagraph(block, c);
    else if (block.kind === 'bullets') layBullets(block, c);
    else if (block.kind === 'fields') layFields(block, c);
    else if (block.kind === 'chart') layChart(block, c);
    else layTable(block, c);
  });
  fillToc(c, tocSlots, tocEntries);
  return { pages: c.pages, outline: c.outline };
}
