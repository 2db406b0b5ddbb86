/** The jsPDF painter: laid-out pages → PDF bytes, with embedded Noto Sans, outline and properties. */
import { jsPDF } from 'jspdf';
import type { Tone } from '../charts/shapes';
import type { ReportContent } from './blocks';
import { toneColour } from '../charts/palette';
import { layout, PAGE, type Item, type Laid } from './layout';
import { ellipsis, type Measure } from './text';
import { fontSafe } from './font-safe';
import { tr } from './format';

/** The embedded fonts, as base64 of the TTF files (assets/fonts, SIL OFL 1.1). */
export interface ReportFonts {
  regular: string;
  bold: string;
}

const FAMILY = 'NotoSans';
const PT = 0.3528;

/** A measurer over the font's own metrics, cached per character. */
function measurer(pdf: jsPDF): Measure {
  const cache = { normal: new Map<string, number>(), bold: new Map<string, number>() };
  let current = '';
  return (text, size, bold) => {
    const style = bold ? 'bold' : 'normal';
    const widths = cache[style];
    let em = 0;
    for (const ch of text) {
      let w = widths.get(ch);
      if (w === undefined) {
        if (current !== style) {
          pdf.setFont(FAMILY, style);
          current = style;
        }
        w = pdf.getStringUnitWidth(ch);
        widths.set(ch, w);
      }
      em += w;
    }
    return em * size * PT;
  };
}

function hex(colour: string): [number, number, number] {
  const n = parseInt(colour.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** A jsPDF document with Noto Sans regular and bold embedded. */
function createPdf(fonts: ReportFonts): jsPDF {
  const pdf = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  pdf.addFileToVFS('NotoSans-Regular.ttf', fonts.regular);
  pdf.addFont('NotoSans-Regular.ttf', FAMILY, 'normal');
  pdf.addFileToVFS('NotoSans-Bold.ttf', fonts.bold);
  pdf.addFont('NotoSans-Bold.ttf', FAMILY, 'bold');
  pdf.setFont(FAMILY, 'normal');
  return pdf;
}

/** Paints page items, setting font, size and colour only when they change. */
class Painter {
  private font = '';
  private size = 0;
  private colour = '';

  constructor(private readonly pdf: jsPDF) {}

  setText(bold: boolean, size: number, tone: Tone): void {
    const font = bold ? 'bold' : 'normal';
    if (font !== this.font) this.pdf.setFont(FAMILY, (this.font = font));
    if (size !== this.size) this.pdf.setFontSize((this.size = size));
    const colour = toneColour(tone);
    if (colour !== this.colour) this.pdf.setTextColor(...hex((this.colour = colour)));
  }

  line(x1: number, y1: number, x2: number, y2: number, colour: string, width: number, dashed = false): void {
    this.pdf.setDrawColor(...hex(colour));
    this.pdf.setLineWidth(width);
    this.pdf.setLineDashPattern(dashed ? [1, 0.8] : [], 0);
    this.pdf.line(x1, y1, x2, y2);
  }

  paint(item: Item): void {
    const { pdf } = this;
    if (item.kind === 'text') {
      this.setText(item.bold, item.size, item.tone);
      pdf.text(item.text, item.x, item.y, { align: item.align, baseline: 'alphabetic' });
    } else if (item.kind === 'rect') {
      pdf.setFillColor(...hex(item.fill));
      pdf.rect(item.x, item.y, item.w, item.h, 'F');
    } else if (item.kind === 'line') this.line(item.x1, item.y1, item.x2, item.y2, item.color, item.width, item.dashed);
    else pdf.link(item.x, item.y, item.w, item.h, { pageNumber: item.page });
  }
}

/** The running header (the title at the left, the kind of report at the right) and the footer with "pagina N van M". */
function pageFrame(content: ReportContent, measure: Measure): (pdf: jsPDF, painter: Painter, index: number, total: number) => void {
  const width = PAGE.width - PAGE.left - PAGE.right;
  const right = ellipsis(fontSafe(content.subtitle), width * 0.5, 8, false, measure);
  const left = ellipsis(fontSafe(content.title), width - measure(right, 8, false) - 8, 8, false, measure);
  return (pdf, painter, index, total) => {
    painter.setText(false, 8, 'muted');
    pdf.text(left, PAGE.left, 13, { baseline: 'alphabetic' });
    pdf.text(right, PAGE.width - PAGE.right, 13, { align: 'right', baseline: 'alphabetic' });
    painter.line(PAGE.left, 15.5, PAGE.width - PAGE.right, 15.5, '#c8c8c8', 0.2);
    const footer = tr(content.language, 'report.page', { n: index + 1, total });
    pdf.text(footer, PAGE.width - PAGE.right, PAGE.height - 10, { align: 'right', baseline: 'alphabetic' });
    pdf.text('Impactwijzer', PAGE.left, PAGE.height - 10, { baseline: 'alphabetic' });
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

/** Paints a report; `onProgress` hears (page, pages) while painting. */
export function renderPdf(
  content: ReportContent,
  fonts: ReportFonts,
  onProgress?: (done: number, total: number) => void,
): { bytes: Uint8Array; laid: Laid } {
  const pdf = createPdf(fonts);
  const measure = measurer(pdf);
  const laid = layout(fontSafe(content.blocks), measure);
  const frame = pageFrame(content, measure);
  const painter = new Painter(pdf);
  const total = laid.pages.length;
  laid.pages.forEach((page, index) => {
    if (index > 0) pdf.addPage();
    for (const item of page.items) painter.paint(item);
    if (!page.cover) frame(pdf, painter, index, total);
    onProgress?.(index + 1, total);
  });
  finish(pdf, content, laid);
  return { bytes: new Uint8Array(pdf.output('arraybuffer')), laid };
}
