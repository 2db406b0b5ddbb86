/** Numbers and dates as Dutch (and English) users type or paste them. */

/** The notation of numbers: Dutch "1.234,5" (comma decimal, point thousands) or English "1,234.5". */
export type NumberNotation = 'nl' | 'en';

/** Digits in groups of three, with one kind of separator: the notation's, or a space (plain, non-breaking, thin). */
const GROUPED: Record<NumberNotation, RegExp> = {
  nl: /^\d{1,3}([. \u00a0\u202f\u2009])\d{3}(\1\d{3})*$/,
  en: /^\d{1,3}([, \u00a0\u202f\u2009])\d{3}(\1\d{3})*$/,
};

/**
 * The one number parser, for fields and paste alike, in the document's notation. Dutch: "12,5",
 * "1.234" (1234), "1.234,5", "1 234,5"; English: "12.5", "1.234" (1.234), "1,234.5". Thousands
 * come in groups of three (one kind of separator: the notation's or a space), a leading "−" is a
 * minus, a trailing "%" is dropped. No exponents, no NaN or Infinity. Null when it is no number
 * (an empty text too: callers that allow "no value" check for empty text first).
 */
export function parseNumber(text: string, notation: NumberNotation): number | null {
  const match = /^([-+\u2212]?)([\s\S]*)$/.exec(text.trim().replace(/\s*%$/, ''))!;
  const [whole = '', fraction, ...more] = match[2]!.split(notation === 'nl' ? ',' : '.');
  if (more.length > 0 || (fraction !== undefined && !/^\d+$/.test(fraction))) return null;
  if (!/^\d*$/.test(whole) && !GROUPED[notation].test(whole)) return null;
  const digits = whole.replace(/\D/g, '');
  if (digits === '' && fraction === undefined) return null;
  const size = Number(`${digits || '0'}.${fraction ?? '0'}`);
  if (!Number.isFinite(size)) return null;
  // "-0" is 0: a stored -0 would print as "-0" in some places and as "0" in others.
  return match[1] === '' || match[1] === '+' || size === 0 ? size : -size;
}

/** A number as a field shows it for editing: the notation's decimal mark, no thousands separators, never an exponent. */
export function formatNumberInput(value: number, notation: NumberNotation): string {
  const plain = /e/i.test(String(value))
    ? value.toLocaleString('en-US', { useGrouping: false, maximumSignificantDigits: 17 })
    : String(value);
  return notation === 'nl' ? plain.replace('.', ',') : plain;
}

/** A date as yyyy-mm-dd from "2025-06-30", "30-6-2025", "30/06/2025" or a year ("2025" is 31 December). */
export function parseLocaleDate(text: string): string | null {
  const s = text.trim();
  let y: number, m: number, d: number;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s))) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s))) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{4})$/.exec(s))) [y, m, d] = [Number(match[1]), 12, 31];
  else return null;
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const formats = new Map<string, Intl.NumberFormat>();

/** Formats a number for display: decimal comma in Dutch, at most `digits` decimals. */
export function formatNumber(value: number, lang: 'nl' | 'en', digits = 2): string {
  const key = `${lang}:${digits}`;
  let format = formats.get(key);
  if (!format) {
    // Creating a formatter is costly; tables format hundreds of numbers per render.
    format = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: digits });
    formats.set(key, format);
  }
  return format.format(value);
}
