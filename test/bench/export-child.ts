/**
 * Runs one export in a fresh process and prints {ms, peakMb}: `large`, `x10` (the report of the
 * large / ten-times document), `x100` (10,000 effects), `scale:N` (N times the indicators) or
 * `baseline` (jsPDF writing the same texts with no layout work).
 */
import { jsPDF } from 'jspdf';
import { readReportFonts } from '../../electron/backend/export/fonts';
import { cellText, type Block } from '../../shared/report/blocks';
import { reportContent } from '../../shared/report/content';
import { loadHyphenation } from '../../shared/report/hyphenate';
import { renderPdf } from '../../shared/report/pdf';
import { largeDocument } from './large-document';
import { x100Document } from './x100-document';

function texts(blocks: Block[]): string[] {
  return blocks.flatMap((b) => {
    switch (b.kind) {
      case 'heading':
      case 'paragraph':
        return [b.text];
      case 'fields':
        return b.rows.flat();
      case 'bullets':
        return b.items;
      case 'table':
        return [b.columns.map((c) => c.header).join(' | '), ...b.rows.map((r) => r.map(cellText).join(' | '))];
      case 'cover':
        return [b.title, b.subtitle, ...b.fields.flat()];
      default:
        return [];
    }
  });
}

const mode = process.argv[2] ?? 'large';
const fonts = await readReportFonts('assets');
const doc =
  mode === 'x100'
    ? x100Document()
    : mode.startsWith('scale:')
      ? largeDocument(Number(mode.slice(6)))
      : largeDocument(mode === 'x10' ? 10 : 1);
const content = reportContent(doc, { lang: 'nl', phase: 'all', today: '2026-11-29' });
// As the app and the CLI do: Dutch hyphenation (loaded before the clock starts, like the fonts).
const hyphenation = await loadHyphenation('nl');
const t0 = performance.now();
let pages = 0;
let bytes = 0;
if (mode === 'baseline') {
  const pdf = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  pdf.addFileToVFS('r.ttf', fonts.regular);
  pdf.addFont('r.ttf', 'NotoSans', 'normal');
  pdf.addFileToVFS('b.ttf', fonts.bold);
  pdf.addFont('b.ttf', 'NotoSans', 'bold');
  pdf.setFont('NotoSans', 'normal');
  pdf.setFontSize(8.5);
  let y = 20;
  for (const line of texts(content.blocks).flatMap((t) => t.match(/.{1,110}/gs) ?? [''])) {
    pdf.text(line, 20, y);
    y += 4;
    if (y > 275) {
      pdf.addPage();
      y = 20;
    }
  }
  const out = pdf.output('arraybuffer');
  pages = pdf.getNumberOfPages();
  bytes = out.byteLength;
} else {
  const result = renderPdf(content, fonts, undefined, hyphenation);
  pages = result.laid.pages.length;
  bytes = result.bytes.length;
}
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms, peakMb: process.resourceUsage().maxRSS / 1024, pages, kb: Math.round(bytes / 1024) }));
