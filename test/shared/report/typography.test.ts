/**
 * Report typography (issue 19), read back from real PDFs with pdftotext: words break only at
 * permitted points and show a hyphen; symbols and Arabic print; what cannot be printed is marked
 * and counted; the columns say what they hold; the appendix lists every source of the document.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReportFonts } from '../../../electron/backend/export/fonts';
import { AssessmentDocument } from '../../../shared/model/document';
import type { ReportContent } from '../../../shared/report/blocks';
import { inReportLanguage } from '../../../shared/report/catalogue-lang';
import { reportContent } from '../../../shared/report/content';
import { loadHyphenation, type Hyphenation } from '../../../shared/report/hyphenate';
import { renderPdf } from '../../../shared/report/pdf';
import { MARKER } from '../../../shared/report/pdf-fonts';
import { evidenceSources, namesSource } from '../../../shared/report/sources';
import { renderDocx } from '../../../shared/report/docx/write';
import { paragraphs, unzip } from './docx-tools';
import { keep, pdfReadingText, toPng } from './pdf-tools';

const sample = AssessmentDocument.parse(JSON.parse(readFileSync('assets/examples/medtech-heerlen.json', 'utf8')));
const fonts = await readReportFonts('assets');
const hyphenation = { nl: await loadHyphenation('nl'), en: await loadHyphenation('en') };

const read = (path: string, mode: string[]) =>
  execFileSync('pdftotext', [...mode, '-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
/** Letters and digits only, without accents and case: "Financiële," and "financiele" are one word. */
const bare = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase();
const strip = (s: string) => s.replace(/^[^\p{L}\p{N}]+/u, '').replace(/[^\p{L}\p{N}-]+$/u, '');

/** Every word of the report's own text (what the layout was given), as written without surrounding punctuation. */
function ownTokens(content: ReportContent): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') for (const w of v.split(/[\s/–—]+/)) out.add(strip(w));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(content.blocks);
  return out;
}
const ownWords = (content: ReportContent) => new Set([...ownTokens(content)].map(bare));

interface LineEnd {
  end: string;
  next: string;
}
function lineEnds(text: string): LineEnd[] {
  const lines = text
    .split(/\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.slice(0, -1).map((l, i) => ({ end: strip(l.split(/\s+/).pop()!), next: strip(lines[i + 1]!.split(/\s+/)[0]!) }));
}

/** Line ends where a word fragment continues on the next line without a hyphen. */
function fragments(text: string, words: Set<string>): string[] {
  return lineEnds(text)
    .filter(({ end, next }) => end && !end.endsWith('-') && !words.has(bare(end)) && words.has(bare(end + next)))
    .map(({ end, next }) => `${end}|${next}`);
}

/** Line ends with a hyphen whose part does not end at a permitted point of a word of the document ("Streefwaar-" does, "Streefw-" not). */
function badHyphens(text: string, tokens: Set<string>, h: Hyphenation): { bad: string[]; count: number } {
  const words = [...tokens].filter((w) => w.length > 3);
  const bareTokens = new Set(words.map(bare));
  const ends = [...new Set(lineEnds(text).map((l) => l.end))].filter((e) => e.endsWith('-') && e.length > 2 && !bareTokens.has(bare(e)));
  const bad = ends.filter((end) => {
    const head = end.slice(0, -1);
    // The part starts a word, or follows a permitted point of it (a long word broken twice), and ends at a permitted point.
    return !words.some((w) => {
      const points = h.points(w);
      return [0, ...points].some((start) => w.startsWith(head, start) && points.includes(start + head.length));
    });
  });
  return { bad, count: ends.length };
}

function checkBreaks(name: string, content: ReportContent, h: Hyphenation): { path: string; hyphens: number } {
  const { bytes } = renderPdf(content, fonts, undefined, h);
  const path = keep(name, bytes);
  const words = ownWords(content);
  // -layout keeps columns apart and -raw follows the painting order; plain mode joins cells of neighbouring columns on
  // one line and drops a painted hyphen before the next cell's "—" ("vesti—" for "vesti-" beside "—"), so it is not read.
  for (const mode of [['-layout'], ['-raw']]) expect(fragments(read(path, mode), words), `${name} ${mode.join('')}`).toEqual([]);
  const { bad, count } = badHyphens(read(path, ['-layout']), ownTokens(content), h);
  expect(bad).toEqual([]);
  return { path, hyphens: count };
}

const LONG = [
  'arbeidsmarktverkenning',
  'huurdersvereniging',
  'Samenlevingsopbouwwerkers',
  'gemeenteraadsverkiezingen',
  'bestemmingsplanwijziging',
  'luchtkwaliteitsberekening',
  'Werkgeversservicepunt',
  'schuldhulpverleningstrajecten',
  'jeugdgezondheidszorgmedewerkers',
  'Maatschappelijke',
  'Streefwaarde',
];

/** The sample with long Dutch compounds in the narrow columns, a typed arrow, an Arabic and a Hebrew name, Chinese and an emoji. */
function extremeDocument(): AssessmentDocument {
  const doc = structuredClone(sample);
  const compounds = (n: number) => LONG.slice(n).concat(LONG.slice(0, n)).join(' ');
  doc.preparation.effects.forEach((e, i) => {
    e.gains = compounds(i % LONG.length);
    e.evidence = `${compounds((i + 3) % LONG.length)}; Verkeersmodel Parkstad (2023)`;
  });
  doc.evaluation.realisedEffects.forEach((r, i) => {
    r.contributionArgument = compounds((i + 5) % LONG.length);
    r.evidence = compounds((i + 7) % LONG.length);
  });
  doc.context.owner = 'Wethouder محمد العلي';
  doc.implementation.citizenSignals[0]!.by = 'Wijkraad: محمد العلي (voorzitter) en דוד כהן → huurdersvereniging';
  doc.implementation.citizenSignals[1]!.observation = 'Route A → route B, en terug ← via de campus';
  doc.evaluation.lessons = 'Een leerpunt van 王小明 😀 over de samenwerking.';
  return doc;
}

describe('hyphenation in the PDF report', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`the sample (${lang}): no line ends in a word fragment without a hyphen; every hyphen is at a permitted point`, () => {
      const { hyphens } = checkBreaks(
        `typo-sample-${lang}`,
        reportContent(sample, { lang, phase: 'all', today: '2026-11-29' }),
        hyphenation[lang],
      );
      expect(hyphens).toBeGreaterThan(20);
    }, 120_000);
  }

  it('an extreme document: long compounds in narrow table columns break at permitted points, with a hyphen', () => {
    const content = reportContent(extremeDocument(), { lang: 'nl', phase: 'all', today: '2026-11-29' });
    const { path, hyphens } = checkBreaks('typo-extreme-nl', content, hyphenation.nl);
    expect(hyphens).toBeGreaterThan(100);
    const layout = read(path, ['-layout']);
    // The words of the issue are hyphenated where the patterns allow it, never as "Streefwaar|de".
    expect(layout).not.toMatch(/Streefwaar\s*$/m);
    expect(layout).toMatch(/(Streef-|Streefwaar-)\s/);
    toPng(path, 1, 40);
  }, 180_000);

  it('only a word without a permitted point that is wider than its column is cut, marked with ¬', () => {
    const doc = structuredClone(sample);
    doc.context.owner = 'Wethouder محمد العلي';
    doc.implementation.citizenSignals[0]!.by = `Kenmerk ${'1234567890'.repeat(6)}`;
    const content = reportContent(doc, { lang: 'nl', phase: 'implementation', today: '2026-11-29' });
    const text = read(keep('typo-hard-break', renderPdf(content, fonts, undefined, hyphenation.nl).bytes), ['-raw']);
    const cut = text.split('\n').filter((l) => /\d¬$/.test(l.trim()));
    expect(cut.length).toBeGreaterThan(0);
    expect(text.replace(/¬\n/g, '')).toContain('1234567890'.repeat(6));
  }, 60_000);
});

describe('fonts: symbols and other scripts', () => {
  it('a typed arrow, an Arabic and a Hebrew name print; Chinese and an emoji become a marker with a note', () => {
    const content = reportContent(extremeDocument(), { lang: 'nl', phase: 'all', today: '2026-11-29' });
    const path = keep('typo-scripts-nl', renderPdf(content, fonts, undefined, hyphenation.nl).bytes);
    // pdftotext gives Arabic in its presentation forms (as painted); NFKC folds them back to the letters typed.
    const text = read(path, [])
      .normalize('NFKC')
      .replace(/[\u202a-\u202e]/g, '');
    expect(text).toContain('→');
    expect(text).toContain('←');
    expect(text).toContain('محمد العلي');
    // Hebrew as painted (visual order): pdftotext gives its letters, right to left.
    expect(text).toContain('דוד');
    expect(text).toMatch(/כהן|ןהכ/);
    expect(text).not.toContain('王');
    expect(text).toContain(`Een leerpunt van ${MARKER}${MARKER}${MARKER} ${MARKER} over de samenwerking`);
    expect(text.replace(/\s+/g, ' ')).toContain('4 tekens konden niet worden afgedrukt');
    expect(text).toContain('U+738B');
    const fontsUsed = execFileSync('pdffonts', [path], { encoding: 'utf8' });
    for (const f of ['NotoSansSymbols2', 'NotoSansArabic', 'NotoSansHebrew']) expect(fontsUsed).toContain(f);
  }, 120_000);

  it('says nothing about unprintable characters when there are none (the sample)', () => {
    const content = reportContent(sample, { lang: 'en', phase: 'preparation', today: '2026-11-29' });
    const text = read(keep('typo-sample-en-prep', renderPdf(content, fonts, undefined, hyphenation.en).bytes), []);
    expect(text).not.toContain('could not be printed');
    expect(text).not.toContain(MARKER);
    expect(text).toContain('▼');
    expect(text).toContain('→');
  }, 60_000);
});

describe('columns and sources', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`(${lang}) the certainty columns say what they hold, and the appendix lists every source of the document once`, () => {
      const content = reportContent(sample, { lang, phase: 'all', today: '2026-11-29' });
      const path = keep(`typo-sources-${lang}`, renderPdf(content, fonts, undefined, hyphenation[lang]).bytes);
      const flat = pdfReadingText(path).replace(/\s+/g, ' ');
      const [expected, contribution] =
        lang === 'nl' ? ['Zekerheid verwachting', 'Zekerheid bijdrage'] : ['Expectation certainty', 'Contribution confidence'];
      expect(flat).toContain(expected);
      expect(flat).toContain(contribution);
      const start = flat.lastIndexOf(lang === 'nl' ? 'Bronnen' : 'Sources');
      const end = flat.indexOf(lang === 'nl' ? 'Herkomst van de indicatoren' : 'Origin of the', start);
      const appendix = flat.slice(start, end > start ? end : undefined);
      // The sources as the report shows them: catalogue texts in the report's language ("Bron: CBS" is "Source: CBS").
      const shown = inReportLanguage(sample, lang);
      const all = [
        ...shown.preparation.indicators.map((i) => i.source),
        ...shown.implementation.measurements.map((m) => m.source),
        ...shown.implementation.citizenSignals.map((s) => s.source),
        ...shown.evaluation.perceivedResults.map((r) => r.source),
      ].filter((s) => s.trim());
      const missing = [...new Set(all)].filter((s) => !appendix.includes(s.replace(/\s+/g, ' ').trim()));
      expect(missing).toEqual([]);
      // Named in evidence fields only.
      expect(appendix).toContain('Verkeersmodel Parkstad');
      expect(appendix).toContain('Businesscase campus (2023)');
      // Once each, with where it is used.
      const cbs = shown.preparation.indicators.find((i) => i.source.startsWith('CBS Regionale Monitor'))!.source;
      expect(appendix.split(cbs).length - 1).toBe(1);
      expect(appendix).toContain(lang === 'nl' ? 'metingen van' : 'measurements of');
    }, 120_000);
  }

  it('the rule for evidence: short parts with a name or a year are sources; findings and remarks are not', () => {
    expect(evidenceSources('Verkeerstelling 2023; verkeersmodel Parkstad; illustratief.')).toEqual([
      'Verkeerstelling 2023',
      'verkeersmodel Parkstad',
    ]);
    expect(namesSource('Afgeleid van het effect op arbeid')).toBe(false);
    expect(namesSource('46 meldingen van overbewoning in 2025–2027 tegen 9 in 2022–2023 (fictief)')).toBe(false);
    expect(namesSource('Bron: eigen telling')).toBe(true);
    expect(evidenceSources('Rapport (deel A; bijlage) van de GGD')).toEqual(['Rapport (deel A; bijlage) van de GGD']);
  });
});

describe('the Word report', () => {
  it('has the same column names and sources, symbols as typed, and hyphenation on in the language of the report', async () => {
    const doc = extremeDocument();
    const content = reportContent(doc, { lang: 'nl', phase: 'all', today: '2026-11-29' });
    const files = unzip(await renderDocx(content));
    const text = paragraphs(files.get('word/document.xml')!.toString('utf8'))
      .map((p) => p.text)
      .join('\n');
    expect(text).toContain('Zekerheid verwachting');
    expect(text).toContain('Zekerheid bijdrage');
    expect(text).toContain('Verkeersmodel Parkstad (2023)');
    for (const m of sample.implementation.measurements) expect(text).toContain(m.source);
    expect(text).toContain('محمد العلي (voorzitter) en דוד כהן → huurdersvereniging');
    expect(files.get('word/settings.xml')!.toString('utf8')).toMatch(/<w:autoHyphenation( w:val="true")?\/>/);
    expect(files.get('word/styles.xml')!.toString('utf8')).toContain('w:val="nl-NL"');
  });
});
