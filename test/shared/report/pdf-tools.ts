/** Reading PDFs back with poppler-utils, as a reader would: pdftotext, pdfinfo, pdffonts, pdftoppm. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ARTIFACTS = 'test-results/pdf';

/** Writes the PDF as a test artifact and returns its path. */
export function keep(name: string, bytes: Uint8Array): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.pdf`);
  writeFileSync(path, bytes);
  return path;
}

/** The text of the PDF (or of one page), as pdftotext reads it. */
export function pdfText(path: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', [...range, '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

/**
 * The text in painting order (pdftotext -raw: a table cell's lines stay together), with the words
 * the report hyphenated at a line end joined again, as a reader reads them.
 */
export function pdfReadingText(path: string): string {
  const raw = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return raw.replace(/(\p{L})-\n(?=\p{Ll})/gu, '$1');
}

export function pdfInfo(path: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

export function pdfFonts(path: string): string {
  return execFileSync('pdffonts', [path], { encoding: 'utf8' });
}

/** Renders pages as PNG test artifacts (to look at). */
export function toPng(path: string, first: number, last: number): void {
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(first), '-l', String(last), path, path.replace(/\.pdf$/, '')]);
}

// Brackets the report puts around a source are not part of the words.
const tokens = (s: string) => s.normalize('NFC').replace(/[[\]]/g, ' ').split(/\s+/).filter(Boolean);

/**
 * Whether all words of `text` occur in the PDF text in order, close together (a table may put
 * other columns' words between the lines of one cell, but not pages of other text).
 */
export function containsInOrder(haystack: string[], text: string): boolean {
  const words = tokens(text);
  if (words.length === 0) return true;
  const window = words.length * 6 + 40;
  for (let start = 0; start < haystack.length; start++) {
    if (haystack[start] !== words[0]) continue;
    let k = 1;
    for (let i = start + 1; i < haystack.length && i - start < window && k < words.length; i++) if (haystack[i] === words[k]) k++;
    if (k === words.length) return true;
  }
  return false;
}

/** The PDF text as words. */
export function words(text: string): string[] {
  return tokens(text);
}
