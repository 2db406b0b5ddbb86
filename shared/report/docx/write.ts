/**
 * The report as a Word document (.docx, issue 16), from the same blocks as the PDF: headings in
 * Word's heading styles (navigation pane, table of contents field), real Word tables, charts as PNG
 * images (shared/report/docx/png.ts), a running header and "pagina N van M" footer. Pure: the `docx`
 * library runs in the renderer and in Node, so the app and the CLI write the same file.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type ParagraphChild,
} from 'docx';
import { toneColour } from '../../charts/palette';
import type { Block, Cell, ReportContent } from '../blocks';
import { tr } from '../format';
import { chartPng } from './png';

type BlockOf<K extends Block['kind']> = Extract<Block, { kind: K }>;

/** A4 with 2 cm margins, in twentieths of a point. */
const PAGE_WIDTH = 11906;
const MARGIN = 1134;
export const CONTENT_DXA = PAGE_WIDTH - 2 * MARGIN;
const FONT = 'Calibri';
const colour = (c: string) => c.slice(1).toUpperCase();
const MUTED = colour(toneColour('muted'));
const ACCENT = colour(toneColour('target'));
const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

interface RunStyle {
  bold?: boolean;
  color?: string;
  /** Points. */
  size?: number;
}

/** Text runs, one line break per "\n". */
function runs(text: string, style: RunStyle = {}): TextRun[] {
  return text.split('\n').map(
    (line, i) =>
      new TextRun({
        text: line,
        break: i > 0 ? 1 : undefined,
        bold: style.bold,
        color: style.color,
        size: style.size ? Math.round(style.size * 2) : undefined,
      }),
  );
}

function heading(block: BlockOf<'heading'>): Paragraph {
  return new Paragraph({ heading: LEVELS[block.level - 1], pageBreakBefore: block.pageBreakBefore, children: runs(block.text) });
}

function paragraph(block: BlockOf<'paragraph'>): Paragraph {
  const style: RunStyle =
    block.style === 'muted' ? { color: MUTED } : block.style === 'small' ? { size: 8.5 } : block.style === 'bold' ? { bold: true } : {};
  return new Paragraph({ children: runs(block.text, style) });
}

/** A chart cell or block: a PNG at 8 pixels per chart unit, shown `widthPt` points wide. */
function chartImage(chart: BlockOf<'chart'>['chart'], alt: string, widthPt: number): ImageRun {
  const png = chartPng(chart, 8);
  const widthPx = Math.round((widthPt * 96) / 72);
  return new ImageRun({
    type: 'png',
    data: png.data,
    transformation: { width: widthPx, height: Math.round((widthPx * png.height) / png.width) },
    altText: { name: alt.slice(0, 60), description: alt, title: alt.slice(0, 60) },
  });
}

function cellParagraphs(cell: Cell, size: number, widthPt: number, lang: 'nl' | 'en'): Paragraph[] {
  if (typeof cell === 'string') return cell.split('\n').map((line) => new Paragraph({ children: runs(line, { size }) }));
  if ('chart' in cell)
    return [new Paragraph({ children: [chartImage(cell.chart, tr(lang, 'word.chartAlt', { text: cell.alt }), Math.min(widthPt, 90))] })];
  const style: RunStyle = { size, bold: cell.bold, color: cell.tone ? colour(toneColour(cell.tone)) : undefined };
  return cell.text.split('\n').map((line) => new Paragraph({ children: runs(line, style) }));
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};
const MARGINS = { top: 30, bottom: 30, left: 70, right: 70 };

function table(block: BlockOf<'table'>, lang: 'nl' | 'en', minSize: number): Table {
  const total = block.columns.reduce((n, c) => n + c.width, 0);
  const widths = block.columns.map((c) => Math.floor((c.width / total) * CONTENT_DXA));
  // Compact (minSize < 8): at most 8 pt, so that the paragraph for the council proposal fits two pages.
  const size = Math.max(minSize < 8 ? Math.min(block.fontSize ?? 8, 8) : (block.fontSize ?? 9), minSize);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map(
      (c, i) =>
        new TableCell({
          width: { size: widths[i]!, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EEF5' },
          margins: MARGINS,
          children: [new Paragraph({ children: runs(c.header, { size, bold: true, color: ACCENT }) })],
        }),
    ),
  });
  const rows = block.rows.map(
    (row) =>
      new TableRow({
        // A compact paragraph lets long rows run on to the next page rather than leave half a page empty.
        cantSplit: minSize >= 8,
        children: block.columns.map(
          (_, i) =>
            new TableCell({
              width: { size: widths[i]!, type: WidthType.DXA },
              margins: MARGINS,
              children: cellParagraphs(row[i] ?? '', size, widths[i]! / 20, lang),
            }),
        ),
      }),
  );
  return new Table({ width: { size: CONTENT_DXA, type: WidthType.DXA }, columnWidths: widths, borders: BORDERS, rows: [header, ...rows] });
}

/** Label–value pairs as a borderless two-column table: the label bold, the value as written. */
function fields(rows: [string, string][]): Table {
  const widths = [2700, CONTENT_DXA - 2700];
  return new Table({
    width: { size: CONTENT_DXA, type: WidthType.DXA },
    columnWidths: widths,
    borders: NO_BORDERS,
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: widths[0]!, type: WidthType.DXA },
              margins: MARGINS,
              children: [new Paragraph({ children: runs(label, { bold: true }) })],
            }),
            new TableCell({
              width: { size: widths[1]!, type: WidthType.DXA },
              margins: MARGINS,
              children: (value || '—').split('\n').map((line) => new Paragraph({ children: runs(line) })),
            }),
          ],
        }),
    ),
  });
}

function cover(block: BlockOf<'cover'>): FileChild[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { before: 2400 }, children: runs(block.title) }),
    new Paragraph({ spacing: { after: 240 }, children: runs(block.subtitle, { size: 13, color: MUTED }) }),
    fields(block.fields),
    new Paragraph({ spacing: { before: 480 }, children: runs(block.footer, { size: 8.5, color: MUTED }) }),
  ];
}

function toc(block: BlockOf<'toc'>, lang: 'nl' | 'en'): FileChild[] {
  return [
    new Paragraph({ pageBreakBefore: true, children: runs(block.title, { bold: true, size: 16, color: ACCENT }) }),
    new TableOfContents(block.title, { hyperlink: true, headingStyleRange: '1-2' }),
    new Paragraph({ children: runs(tr(lang, 'word.tocHint'), { size: 8, color: MUTED }) }),
  ];
}

/** One block as Word content. */
function blockContent(block: Block, lang: 'nl' | 'en', minSize: number): FileChild[] {
  switch (block.kind) {
    case 'cover':
      return cover(block);
    case 'toc':
      return toc(block, lang);
    case 'heading':
      return [heading(block)];
    case 'paragraph':
      return [paragraph(block)];
    case 'bullets':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
    case 'fields':
      return [fields(block.rows), new Paragraph({ children: [] })];
    case 'table':
      return [table(block, lang, minSize), new Paragraph({ spacing: { after: 0 }, children: runs('', { size: minSize }) })];
    case 'chart':
      return [
        new Paragraph({ children: [chartImage(block.chart, block.title, Math.min(block.width * 2.835, CONTENT_DXA / 20))] }),
        new Paragraph({ children: runs(block.title, { size: 8.5, color: MUTED }) }),
      ];
  }
}

/** "pagina {{n}} van {{total}}" with Word's page fields in place of the numbers. */
function pageOf(lang: 'nl' | 'en'): ParagraphChild[] {
  const text = tr(lang, 'report.page', { n: '\u0001', total: '\u0002' });
  return text
    .split(/(\u0001|\u0002)/)
    .filter(Boolean)
    .map((part) =>
      part === '\u0001'
        ? new TextRun({ children: [PageNumber.CURRENT], size: 16, color: MUTED })
        : part === '\u0002'
          ? new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16, color: MUTED })
          : new TextRun({ text: part, size: 16, color: MUTED }),
    );
}

export interface DocxOptions {
  /** Smaller type and tighter spacing: the paragraph for the council proposal must fit two pages. */
  compact?: boolean;
}

/** The content as a Word document. */
export function docxDocument(content: ReportContent, options: DocxOptions = {}): Document {
  const compact = options.compact === true;
  const lang = content.language;
  // Word sets symbols and other scripts in a font that has them (its own fallback), so no stand-ins here.
  const blocks = content.blocks;
  const hasCover = blocks[0]?.kind === 'cover';
  const header = new Header({
    children: [new Paragraph({ children: runs(`${content.title} — ${content.subtitle}`, { size: 8, color: MUTED }) })],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ text: 'Impactwijzer    ', size: 16, color: MUTED }), ...pageOf(lang)],
      }),
    ],
  });
  const language = { value: lang === 'nl' ? 'nl-NL' : 'en-GB' };
  const headingRun = (size: number, c: string) => ({
    run: { font: FONT, size, bold: true, color: c },
    paragraph: { spacing: { before: compact ? 100 : 240, after: compact ? 20 : 80 }, keepNext: true },
  });
  return new Document({
    creator: 'Impactwijzer',
    title: content.title,
    subject: content.subject,
    description: content.subtitle,
    keywords: content.keywords,
    features: { updateFields: blocks.some((b) => b.kind === 'toc') },
    // Hyphenation is Word's: on for the document, by the language of its runs (nl-NL or en-GB).
    hyphenation: { autoHyphenation: true, doNotHyphenateCaps: true },
    styles: {
      default: {
        document: { run: { font: FONT, size: compact ? 18 : 20, language }, paragraph: { spacing: { after: compact ? 40 : 80 } } },
        title: { run: { font: FONT, size: 48, bold: true, color: ACCENT } },
        heading1: headingRun(compact ? 24 : 32, ACCENT),
        heading2: headingRun(compact ? 20 : 26, ACCENT),
        heading3: headingRun(22, colour(toneColour('neutral'))),
      },
    },
    sections: [
      {
        properties: {
          titlePage: hasCover,
          page: { size: { width: PAGE_WIDTH, height: 16838 }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } },
        },
        headers: { default: header, ...(hasCover ? { first: new Header({ children: [] }) } : {}) },
        footers: { default: footer, ...(hasCover ? { first: new Footer({ children: [] }) } : {}) },
        children: blocks.flatMap((b) => blockContent(b, lang, compact ? 6.5 : 8)),
      },
    ],
  });
}

/** The content as .docx bytes. */
export async function renderDocx(content: ReportContent, options: DocxOptions = {}): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(docxDocument(content, options)));
}
