import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readReportFonts } from '../../../electron/backend/export/fonts';
import { newDocument } from '../../../shared/model/document';
import { reportContent } from '../../../shared/report/content';
import { loadHyphenation } from '../../../shared/report/hyphenate';
import { renderPdf } from '../../../shared/report/pdf';
import { largeDocument } from '../../bench/large-document';
import { keep, pdfText, toPng } from './pdf-tools';

const fonts = await readReportFonts('assets');
const hyphenation = await loadHyphenation('nl');

interface Box {
  page: number;
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Every word with its box, from pdftotext -bbox (points). */
function wordBoxes(path: string): { boxes: Box[]; width: number; height: number } {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const boxes: Box[] = [];
  let page = 0;
  let width = 0;
  let height = 0;
  for (const line of html.split('\n')) {
    const p = /<page width="([\d.]+)" height="([\d.]+)"/.exec(line);
    if (p) {
      page++;
      width = Number(p[1]);
      height = Number(p[2]);
      continue;
    }
    const w = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (w) boxes.push({ page, x0: Number(w[1]), y0: Number(w[2]), x1: Number(w[3]), y1: Number(w[4]), text: w[5]! });
  }
  return { boxes, width, height };
}

/** Words that leave the page's margins, and pairs of words that overlap. */
function problems(path: string) {
  const { boxes, width, height } = wordBoxes(path);
  const mm = 72 / 25.4;
  const outside = boxes.filter((b) => b.x0 < 15 * mm || b.x1 > width - 15 * mm || b.y0 < 8 * mm || b.y1 > height - 8 * mm);
  const overlaps: string[] = [];
  const byPage = new Map<number, Box[]>();
  for (const b of boxes) byPage.set(b.page, [...(byPage.get(b.page) ?? []), b]);
  for (const [page, list] of byPage) {
    const sorted = [...list].sort((a, b) => a.y0 - b.y0);
    // The page's usual word height: a fallback font (symbols, Arabic) reports a box far taller than its glyphs
    // (its own ascent and descent), so two arrows on consecutive lines would seem to overlap.
    const heights = list.map((b) => b.y1 - b.y0).sort((x, y) => x - y);
    const usual = heights[Math.floor(heights.length / 2)]!;
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length && sorted[j]!.y0 < sorted[i]!.y1; j++) {
        const a = sorted[i]!;
        const b = sorted[j]!;
        const ix = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
        // Boxes as tall as the lower one, and no taller than the page's usual word.
        const h = Math.min(a.y1 - a.y0, b.y1 - b.y0, usual);
        const iy = Math.min(a.y0 + h, b.y0 + h) - Math.max(a.y0, b.y0);
        // More than a sliver of shared area: glyphs printed over each other.
        if (ix > 1 && iy > 2) overlaps.push(`p${page}: "${a.text}" × "${b.text}"`);
        // Two words on one line with no space between them: text runs into other text.
        else if (iy > 2 && ix > -0.5 && a.text !== b.text) overlaps.push(`p${page}: "${a.text}" touches "${b.text}"`);
      }
    }
  }
  return { words: boxes.length, outside: outside.map((b) => `p${b.page}: ${b.text}`), overlaps };
}

describe('a document with extreme content', () => {
  it('exports without clipping or overlapping text: very long texts, 150 indicators, other scripts, empty sections', () => {
    const doc = largeDocument();
    const longWord = 'Verkeersveiligheidsmaatregelenimplementatieprogrammacoördinatiewerkgroep'.repeat(4);
    doc.context.title = `Een heel lange titel over brede welvaart in de regio ${'en nog veel meer '.repeat(12)}`.slice(0, 300);
    doc.preparation.problem =
      `${longWord} ${'Ελληνικά κείμενα, кириллический текст, Tiếng Việt có dấu, Türkçe ığüşöç, Polski źćłęą. '.repeat(120)}`.slice(
        0,
        20_000,
      );
    doc.preparation.targetGroups = '';
    doc.preparation.perceivedOutcomes = [];
    doc.implementation.citizenSignals = [];
    doc.evaluation.unintendedEffects = [];
    doc.preparation.indicators[0]!.name = `${longWord} met een naam die niet in een kolom past`.slice(0, 300);
    doc.preparation.effects[0]!.rationale = 'Zeer lange onderbouwing. '.repeat(600).slice(0, 20_000);
    const { bytes, laid } = renderPdf(reportContent(doc, { lang: 'nl', phase: 'all', today: '2026-11-29' }), fonts, undefined, hyphenation);
    const path = keep('extreme', bytes);
    const text = pdfText(path);
    expect(laid.pages.length).toBeGreaterThan(40);
    expect(text).toContain('кириллический текст');
    expect(text).toContain('Tiếng Việt có dấu');
    expect(text.replace(/\s+/g, '')).toContain(longWord);
    // The running header: a long title is shortened so it never runs into the report's kind.
    const header = pdfText(path, 3).split('\n').slice(0, 4).join(' ');
    expect(header.split(/\s+/)).toContain('Impactbeoordeling');
    expect(header).toContain('…');
    const found = problems(path);
    expect(found.words).toBeGreaterThan(10_000);
    expect(found.outside).toEqual([]);
    expect(found.overlaps).toEqual([]);
    toPng(path, 1, 8);
  }, 120_000);

  it('exports an empty new document: every section says it is not filled in', () => {
    const doc = newDocument('leeg-document', 'Leeg', '2026-11-29T10:00:00.000Z');
    const path = keep(
      'empty',
      renderPdf(reportContent(doc, { lang: 'nl', phase: 'all', today: '2026-11-29' }), fonts, undefined, hyphenation).bytes,
    );
    const text = pdfText(path);
    expect(text).toContain('Niet ingevuld.');
    expect(text).toContain('De verwachtingen zijn nog niet vastgelegd.');
    expect(problems(path).overlaps).toEqual([]);
  });
});

describe('the clipping and overlap check itself', () => {
  it('finds words printed over each other and words outside the margins', async () => {
    const { jsPDF } = await import('jspdf');
    const pdf = new jsPDF({ unit: 'mm', format: 'a4' });
    pdf.text('Overlappend woord', 30, 50);
    pdf.text('Overlappend woord', 31, 50.5);
    pdf.text('Buitenrand', 200, 100);
    const path = keep('check-self-test', new Uint8Array(pdf.output('arraybuffer')));
    const found = problems(path);
    expect(found.overlaps.length).toBeGreaterThan(0);
    expect(found.outside.some((w) => w.startsWith('p1: Buite'))).toBe(true);
  });
});
