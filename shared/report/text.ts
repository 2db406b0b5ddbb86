/** Text measurement and line wrapping, independent of the PDF library. */
import { noHyphenation, type Hyphenation } from './hyphenate';

/** Measures text width in mm at a font size in pt. */
export type Measure = (text: string, size: number, bold: boolean) => number;

/** How lines are set: the measurer of the painted fonts, and where words may break. */
export interface Typeset {
  measure: Measure;
  hyphenation: Hyphenation;
}

/**
 * The mark at the end of a line where a word was cut at a point that is no permitted break: only a
 * word without such a point (a long number, code or web address) that is wider than its column.
 * A hyphen there would read as part of the word.
 */
export const HARD_BREAK = '¬';

/** A typeset without pattern hyphenation (words break after their own hyphens only). */
export const plainTypeset = (measure: Measure): Typeset => ({ measure, hyphenation: noHyphenation });

/** One word being set: how much of it is on earlier lines. */
class Word {
  start = 0;
  private found: number[] | null = null;

  constructor(
    readonly original: string,
    private readonly h: Hyphenation,
  ) {}

  /** The permitted break points, looked up only for a word that does not fit. */
  get points(): number[] {
    return (this.found ??= this.h.points(this.original));
  }

  get rest(): string {
    return this.original.slice(this.start);
  }

  /** The part up to break point `p`, with its hyphen when it needs one. */
  head(p: number): string {
    return this.original.slice(this.start, p) + (this.h.needsHyphen(this.original, p) ? '-' : '');
  }
}

/**
 * Wraps text into lines no wider than `width`: at spaces, and inside a word only at a permitted
 * hyphenation point, where the line ends in a hyphen. A word without a fitting point that is wider
 * than the line is cut and marked with HARD_BREAK, so nothing is ever clipped. Explicit newlines
 * start a new line.
 */
export function wrap(text: string, width: number, size: number, bold: boolean, ts: Typeset): string[] {
  const fits = (s: string) => ts.measure(s, size, bold) <= width;
  const out: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    const words = paragraph.split(/ +/).filter((w, i, all) => w !== '' || all.length === 1);
    let line = '';
    for (const original of words) {
      const word = new Word(original, ts.hyphenation);
      for (;;) {
        const prefix = line ? `${line} ` : '';
        if (fits(prefix + word.rest)) {
          line = prefix + word.rest;
          break;
        }
        // The last permitted point whose part still fits on this line.
        const point = [...word.points].reverse().find((p) => p > word.start && fits(prefix + word.head(p)));
        if (point !== undefined) {
          out.push(prefix + word.head(point));
          word.start = point;
          line = '';
          continue;
        }
        if (line) {
          out.push(line);
          line = '';
          continue;
        }
        // An empty line and still too wide: a hard break, as many characters as fit.
        const chars = [...word.rest];
        if (chars.length <= 1) {
          line = word.rest;
          break;
        }
        let n = 1;
        while (n + 1 < chars.length && fits(chars.slice(0, n + 1).join('') + HARD_BREAK)) n++;
        const cut = chars.slice(0, n).join('');
        out.push(cut + HARD_BREAK);
        word.start += cut.length;
      }
    }
    out.push(line);
  }
  return out;
}

/** The text as it fits in `width`, cut with "…" when it does not. */
export function ellipsis(s: string, width: number, size: number, bold: boolean, measure: Measure): string {
  if (measure(s, size, bold) <= width) return s;
  let cut = s.length;
  while (cut > 1 && measure(`${s.slice(0, cut)}…`, size, bold) > width) cut--;
  return `${s.slice(0, cut)}…`;
}
