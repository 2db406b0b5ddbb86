import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReportFonts } from '../../../electron/backend/export/fonts';
import { themes } from '../../../shared/framework/framework';
import { AssessmentDocument } from '../../../shared/model/document';
import { inReportLanguage } from '../../../shared/report/catalogue-lang';
import { reportContent, type ReportPhase } from '../../../shared/report/content';
import { loadHyphenation } from '../../../shared/report/hyphenate';
import { renderPdf } from '../../../shared/report/pdf';
import { containsInOrder, keep, pdfFonts, pdfInfo, pdfReadingText, pdfText, toPng, words } from './pdf-tools';

const sample = AssessmentDocument.parse(JSON.parse(readFileSync('assets/examples/medtech-heerlen.json', 'utf8')));
const fonts = await readReportFonts('assets');
const hyphenation = { nl: await loadHyphenation('nl'), en: await loadHyphenation('en') };
const PHASES: ReportPhase[] = ['all', 'preparation', 'implementation', 'evaluation'];

/** Every text a user entered, with where it lives (frozen copies excepted: they repeat). */
function enteredTexts(doc: AssessmentDocument): [string, string][] {
  const out: [string, string][] = [];
  const walk = (v: unknown, path: string) => {
    if (typeof v === 'string') {
      if (v.trim().length > 3 && !/^\d{4}-\d\d-\d\d/.test(v) && !/^[a-z0-9-]+$/.test(v)) out.push([path, v]);
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}.${i}`));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k !== 'frozen') walk(x, `${path}.${k}`);
  };
  walk(doc, 'doc');
  return out;
}

/** The table of contents read back: [title, page] per line of the contents page(s). */
function tocEntries(path: string, pages: number[]): [string, number][] {
  return pages.flatMap((p) =>
    execFileSync('pdftotext', ['-layout', '-f', String(p), '-l', String(p), '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })
      .split('\n')
      .map((l) => /^\s*(\S.*?)\s{2,}(\d+)\s*$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!.trim(), Number(m[2])] as [string, number]),
  );
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('the PDF report of the sample, in both languages and for every phase choice', () => {
  for (const lang of ['nl', 'en'] as const) {
    for (const phase of PHASES) {
      it(`${lang}, ${phase}: titles, themes, indicators and entered text are all in the PDF; the TOC points to the right pages`, () => {
        const content = reportContent(sample, { lang, phase, today: '2026-11-29' });
        const { bytes, laid } = renderPdf(content, fonts, undefined, hyphenation[lang]);
        const path = keep(`sample-${lang}-${phase}`, bytes);
        const text = pdfText(path);
        // Read as poppler reads it (blocks, hyphenated words joined), or in painting order (-raw: a table
        // cell's lines together, where two narrow columns would share a line); a text must be found in one.
        const hays = [words(text), words(pdfReadingText(path))];
        const found = (s: string) => hays.some((hay) => containsInOrder(hay, s));

        const info = pdfInfo(path);
        expect(info.Title).toBe(sample.context.title);
        expect(info.Author).toBe(sample.context.author);
        expect(info['Page size']).toMatch(/595\.2\d? x 841\.8\d? pts \(A4\)/);
        expect(Number(info.Pages)).toBe(laid.pages.length);
        expect(pdfFonts(path)).toMatch(/NotoSans\s+CID TrueType\s+Identity-H\s+yes/);
        expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/Lang \((nl|en-GB)\)/);
        expect(Buffer.from(bytes).toString('latin1')).toContain('/Type /Outlines');

        // Every heading of the report, and the running "pagina N van M".
        for (const entry of laid.outline) expect(found(entry.title), entry.title).toBe(true);
        expect(text).toContain(lang === 'nl' ? `pagina 3 van ${laid.pages.length}` : `page 3 of ${laid.pages.length}`);
        // Every theme, in the effects map.
        for (const theme of themes) expect(found(theme.name[lang]), theme.name[lang]).toBe(true);
        // Every indicator name (catalogue texts the user left unchanged in the report's language).
        const shown = inReportLanguage(sample, lang);
        for (const ind of shown.preparation.indicators) expect(found(ind.name), ind.name).toBe(true);
        // The whole cycle holds every word the user entered, in order.
        if (phase === 'all') {
          const missing = enteredTexts(shown).filter(([, s]) => !found(s));
          expect(missing.map(([p]) => p)).toEqual([]);
        }

        // The TOC's page numbers are the pages where the sections start.
        const toc = tocEntries(path, [2]);
        const expected = laid.outline.filter((o) => o.level <= 2);
        expect(toc.length).toBe(expected.length);
        for (const [title, page] of toc) {
          const pageText = squash(pdfText(path, page));
          expect(pageText, `${title} on page ${page}`).toContain(squash(title.replace(/…$/, '')));
        }
        if (lang === 'nl' && phase === 'all') toPng(path, 1, laid.pages.length);
      });
    }
  }

  it('writes Dutch characters right: ĳ, €, curly quotes', () => {
    const doc = structuredClone(sample);
    doc.preparation.problem = 'De “ĳzeren” begroting: € 1.250.000 voor ’s-Hertogenbosch en Zeeuws-Vlaanderen.';
    const path = keep(
      'dutch-characters',
      renderPdf(reportContent(doc, { lang: 'nl', phase: 'preparation', today: '2026-11-29' }), fonts, undefined, hyphenation.nl).bytes,
    );
    expect(squash(pdfText(path))).toContain('De “ĳzeren” begroting: € 1.250.000 voor ’s-Hertogenbosch');
  });
});
