/** The jsPDF painter: laid-out pages → PDF bytes, with embedded Noto Sans, outline and properties. */
import { jsPDF } from 'jspdf';
import type { Tone } from '../charts/shapes';
import type { ReportContent } from './blocks';
import { toneColour } from '../charts/palette';
import { layout, PAGE, type Laid } from './layout';
import type { Measure } from './text';
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

/** Paints a report; `onProgress` hears (page, pages) while painting. */
export function renderPdf(
  content: ReportContent,
  fonts: ReportFonts,
  onProgress?: (done: number, total: number) => void,
): { bytes: Uint8Array; laid: Laid } {
  const pdf = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  pdf.addFileToVFS('NotoSans-Regular.ttf', fonts.regular);
  pdf.addFont('NotoSans-Regular.ttf', FAMILY, 'normal');
  pdf.addFileToVFS('NotoSans-Bold.ttf', fonts.bold);
  pdf.addFont('NotoSans-Bold.ttf', FAMILY, 'bold');
  pdf.setFont(FAMILY, 'normal');

  const measure = measurer(pdf);
  const laid = layout(fontSafe(content.blocks), measure);
  // The running header: the kind of report at the right, the title in the room that is left.
  const fit = (text: string, width: number) => {
    if (measure(text, 8, false) <= width) return text;
    let cut = text.length;
    while (cut > 1 && measure(`${text.slice(0, cut)}…`, 8, false) > width) cut--;
    return `${text.slice(0, cut)}…`;
  };
  const headerWidth = PAGE.width - PAGE.left - PAGE.right;
  const headRight = fit(fontSafe(content.subtitle), headerWidth * 0.5);
  const headLeft = fit(fontSafe(content.title), headerWidth - measure(headRight, 8, false) - 8);
  const total = laid.pages.length;
  let font = '';
  let size = 0;
  let colour = '';
  const setText = (bold: boolean, s: number, tone: Tone) => {
    const f = bold ? 'bold' : 'normal';
    if (f !== font) pdf.setFont(FAMILY, (font = f));
    if (s !== size) pdf.setFontSize((size = s));
    const c = toneColour(tone);
    if (c !== colour) pdf.setTextColor(...hex((colour = c)));
  };

  laid.pages.forEach((page, index) => {
    if (index > 0) pdf.addPage();
    for (const item of page.items) {
      if (item.kind === 'text') {
        setText(item.bold, item.size, item.tone);
        pdf.text(item.text, item.x, item.y, { align: item.align, baseline: 'alphabetic' });
      } else if (item.kind === 'rect') {
        pdf.setFillColor(...hex(item.fill));
        pdf.rect(item.x, item.y, item.w, item.h, 'F');
      } else if (item.kind === 'line') {
        pdf.setDrawColor(...hex(item.color));
        pdf.setLineWidth(item.width);
        pdf.setLineDashPattern(item.dashed ? [1, 0.8] : [], 0);
        pdf.line(item.x1, item.y1, item.x2, item.y2);
      } else {
        pdf.link(item.x, item.y, item.w, item.h, { pageNumber: item.page });
      }
    }
    if (!page.cover) {
      // Running header and "pagina N van M".
      setText(false, 8, 'muted');
      pdf.text(headLeft, PAGE.left, 13, { baseline: 'alphabetic' });
      pdf.text(headRight, PAGE.width - PAGE.right, 13, { align: 'right', baseline: 'alphabetic' });
      pdf.setDrawColor(...hex('#c8c8c8'));
      pdf.setLineWidth(0.2);
      pdf.setLineDashPattern([], 0);
      pdf.line(PAGE.left, 15.5, PAGE.width - PAGE.right, 15.5);
      pdf.text(tr(content.language, 'report.page', { n: index + 1, total }), PAGE.width - PAGE.right, PAGE.height - 10, {
        align: 'right',
        baseline: 'alphabetic',
      });
      pdf.text('Impactwijzer', PAGE.left, PAGE.height - 10, { baseline: 'alphabetic' });
    }
    onProgress?.(index + 1, total);
  });

  // Bookmarks: level 1 at the root, deeper levels under the last heading above them.
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
  return { bytes: new Uint8Array(pdf.output('arraybuffer')), laid };
}
