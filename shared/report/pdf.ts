/** The jsPDF painter: laid-out pages → PDF bytes, with embedded Noto Sans (and fallback fonts), outline and properties. */
import { jsPDF } from 'jspdf';
import type { Tone } from '../charts/shapes';
import type { Block, ReportContent } from './blocks';
import { toneColour } from '../charts/palette';
import { noHyphenation, type Hyphenation } from './hyphenate';
import { layout, PAGE, type Item, type Laid } from './layout';
import { FontSet, MARKER, type ReportFonts } from './pdf-fonts';
import { ellipsis, type Measure } from './text';
import { tr } from './format';

export type { ReportFonts } from './pdf-fonts';

function hex(colour: string): [number, number, number] {
  const n = parseInt(colour.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const KEEP = new Set(['kind', 'tone', 'anchor', 'align', 'style', 'language']);

/** Every text of a block tree (not its kinds and tones), joined. */
function allText(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) allText(v, out);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (!KEEP.has(k)) allText(v, out);
  return out;
}

/**
 * The blocks with a note on the cover (or at the start) when some characters cannot be printed:
 * how many, the marker that stands in for them, and their code points (the first ten).
 */
function withUnprintableNote(content: ReportContent, fonts: FontSet): Block[] {
  const missing = fonts.unprintable([content.title, content.subtitle, ...allText(content.blocks)].join('\n'));
  if (missing.length === 0) return content.blocks;
  const codes = [...new Set(missing)].map((ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  const values = { count: missing.length, marker: MARKER, codes: codes.slice(0, 10).join(', ') + (codes.length > 10 ? ', …' : '') };
  const note = tr(content.language, missing.length === 1 ? 'typography.unprintableOne' : 'typography.unprintableOther', values);
  const cover = content.blocks.findIndex((b) => b.kind === 'cover');
  if (cover < 0) return [{ kind: 'paragraph', text: note, style: 'muted' }, ...content.blocks];
  return content.blocks.map((b, i) =>
    i === cover && b.kind === 'cover' ? { ...b, fields: [...b.fields, [tr(content.language, 'typography.unprintableLabel'), note]] } : b,
  );
}

/** Paints page items, setting font, size and colour only when they change. */
class Painter {
  private size = 0;
  private colour = '';

  constructor(
    private readonly pdf: jsPDF,
    private readonly fonts: FontSet,
  ) {}

  /** A line of text at (x, y baseline), run by run in the font that has each character. */
  text(text: string, x: number, y: number, size: number, bold: boolean, tone: Tone, align: 'left' | 'right' | 'center' = 'left'): void {
    if (size !== this.size) this.pdf.setFontSize((this.size = size));
    const colour = toneColour(tone);
    if (colour !== this.colour) this.pdf.setTextColor(...hex((this.colour = colour)));
    const runs = this.fonts.runs(text, bold);
    const widths = runs.map((run) => this.fonts.runWidth(run, size));
    const total = widths.reduce((a, b) => a + b, 0);
    let at = align === 'right' ? x - total : align === 'center' ? x - total / 2 : x;
    runs.forEach((run, i) => {
      this.fonts.use(run.face);
      this.pdf.text(run.text, at, y, { baseline: 'alphabetic' });
      at += widths[i]!;
    });
  }

  line(x1: number, y1: number, x2: number, y2: number, colour: string, width: number, dashed = false): void {
    this.pdf.setDrawColor(...hex(colour));
    this.pdf.setLineWidth(width);
    this.pdf.setLineDashPattern(dashed ? [1, 0.8] : [], 0);
    this.pdf.line(x1, y1, x2, y2);
  }

  paint(item: Item): void {
    const { pdf } = this;
    if (item.kind === 'text') this.text(item.text, item.x, item.y, item.size, item.bold, item.tone, item.align);
    else if (item.kind === 'rect') {
      pdf.setFillColor(...hex(item.fill));
      pdf.rect(item.x, item.y, item.w, item.h, 'F');
    } else if (item.kind === 'line') this.line(item.x1, item.y1, item.x2, item.y2, item.color, item.width, item.dashed);
    else pdf.link(item.x, item.y, item.w, item.h, { pageNumber: item.page });
  }
}

/** The running header (the title at the left, the kind of report at the right) and the footer with "pagina N van M". */
function pageFrame(content: ReportContent, measure: Measure): (painter: Painter, index: number, total: number) => void {
  const width = PAGE.width - PAGE.left - PAGE.right;
  const right = ellipsis(content.subtitle, width * 0.5, 8, false, measure);
  const left = ellipsis(content.title, width - measure(right, 8, false) - 8, 8, false, measure);
  return (painter, index, total) => {
    painter.text(left, PAGE.left, 13, 8, false, 'muted');
    painter.text(right, PAGE.width - PAGE.right, 13, 8, false, 'muted', 'right');
    painter.line(PAGE.left, 15.5, PAGE.width - PAGE.right, 15.5, '#c8c8c8', 0.2);
    const footer = tr(content.language, 'report.page', { n: index + 1, total });
    painter.text(footer, PAGE.width - PAGE.right, PAGE.height - 10, 8, false, 'muted', 'right');
    painter.text('Impactwijzer', PAGE.left, PAGE.height - 10, 8, false, 'muted');
  };
}

/** Bookmarks (level 1 at the root, deeper levels under the last heading above them) and document properties. */
function finish(pdf: jsPDF, content: ReportContent, laid: Laid): void {
  const parents: unknown[] = [null, null, null];
  for (const entry of laid.outline) {
    const node = pdf.outline.add(parents[entry.level - 1] as never, entry.title, { pageNumber: entry.page });
    if (entry.level < 3) parents[entry.level] = node;
  }
  pdf.setProperties({
    title: content.title,
    subject: content.subject,
    author: content.author,
    keywords: content.keywords,
    creator: 'Impactwijzer',
  });
  pdf.setLanguage(content.language === 'nl' ? 'nl' : 'en-GB');
}

/**
 * Paints a report; `onProgress` hears (page, pages) while painting. Words break at the points of
 * `hyphenation` (loadHyphenation(content.language)); without it only after their own hyphens.
 */
export function renderPdf(
  content: ReportContent,
  fonts: ReportFonts,
  onProgress?: (done: number, total: number) => void,
  hyphenation: Hyphenation = noHyphenation,
): { bytes: Uint8Array; laid: Laid } {
  const pdf = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  const fontSet = new FontSet(pdf, fonts);
  const measure = fontSet.measure;
  const laid = layout(withUnprintableNote(content, fontSet), { measure, hyphenation });
  const frame = pageFrame(content, measure);
  const painter = new Painter(pdf, fontSet);
  const total = laid.pages.length;
  laid.pages.forEach((page, index) => {
    if (index > 0) pdf.addPage();
    for (const item of page.items) painter.paint(item);
    if (!page.cover) frame(painter, index, total);
    onProgress?.(index + 1, total);
  });
  finish(pdf, content, laid);
  return { bytes: new Uint8Array(pdf.output('arraybuffer')), laid };
}
