/**
 * Hyphenation of the report's words (issue 19): Liang's patterns of the `hyphen` package, Dutch
 * (nl) or British English (en-gb), loaded only for the report's language. A word breaks only at a
 * point the patterns permit (and after a slash or dash it already has), never closer than two
 * letters to either end. The letters stay as typed: a Dutch break before a trema keeps it
 * ("financi-" / "ële"), so that searching and copying the PDF's text finds the word as written.
 */
import type { Lang } from './format';

/** Where a word may break, and how its parts are written. */
export interface Hyphenation {
  /** Indices inside `word` before which it may break, ascending. */
  points(word: string): number[];
  /** Whether a break at `index` needs a hyphen (not after a slash or dash the word has). */
  needsHyphen(word: string, index: number): boolean;
}

const SOFT = '\u00ad';
const MIN_PART = 2;
const LETTER = /\p{L}/u;
/**
 * Characters after which a word may break without adding a hyphen: a slash or dash. Not after its
 * own hyphen-minus: text extraction (pdftotext, copying from a viewer) takes a line-end "-" for a
 * hyphenation and joins "Heerlen-" / "Noord" into "HeerlenNoord"; such a word breaks inside its parts.
 */
const OWN_BREAK = /[/\u2013\u2014]/;

type Hyphenate = (word: string) => string;

function hyphenation(hyphenate: Hyphenate): Hyphenation {
  const cache = new Map<string, number[]>();
  const points = (word: string): number[] => {
    const known = cache.get(word);
    if (known) return known;
    const found = new Set<number>();
    // Pattern points: the soft hyphens the library inserts, as indices into the word.
    let index = 0;
    for (const ch of hyphenate(word)) {
      if (ch === SOFT) found.add(index);
      else index += ch.length;
    }
    // After a slash or dash the word already has, with a letter before it.
    for (let i = 1; i < word.length - 1; i++) if (OWN_BREAK.test(word[i]!) && LETTER.test(word[i - 1]!)) found.add(i + 1);
    // Letters before each index, so that no part is shorter than MIN_PART letters.
    const before = [0];
    for (let i = 0; i < word.length; i++) before.push(before[i]! + (LETTER.test(word[i]!) ? 1 : 0));
    const letters = before[word.length]!;
    const out = [...found]
      .filter((i) => i > 0 && i < word.length && before[i]! >= MIN_PART && letters - before[i]! >= MIN_PART)
      .sort((a, b) => a - b);
    cache.set(word, out);
    return out;
  };
  const needsHyphen = (word: string, i: number) => !OWN_BREAK.test(word[i - 1] ?? '');
  return { points, needsHyphen };
}

/** No pattern points: words break only after their own slashes and dashes. */
export const noHyphenation: Hyphenation = hyphenation((w) => w);

/** The hyphenation of the report's language; only that language's patterns are loaded. */
export async function loadHyphenation(lang: Lang): Promise<Hyphenation> {
  // A CommonJS module: its exports are the namespace itself or its default, by bundler.
  const library: HyphenModule & { default?: HyphenModule } = lang === 'nl' ? await import('hyphen/nl') : await import('hyphen/en-gb');
  const sync = library.default?.hyphenateSync ?? library.hyphenateSync;
  return hyphenation((word) => sync(word, { hyphenChar: SOFT, minWordLength: 4 }));
}
