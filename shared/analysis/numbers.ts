/** Numbers and dates as Dutch (and English) users type or paste them. */

/**
 * Parses a number written with a decimal comma (Dutch, the default) or a decimal point:
 * "12,5", "1.234,5", "1 234,5", "-3", "+0,25", "45 %". In comma mode a point is a thousands
 * separator ("1.234" is 1234); in point mode a comma is ("1,234.5"). Null when it is no number.
 */
export function parseLocaleNumber(text: string, decimal: 'comma' | 'point' = 'comma'): number | null {
  let s = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/%$/, '')
    .replace(/^\u2212/, '-');
  if (s === '') return null;
  if (decimal === 'comma') {
    if (s.includes('.') && !/^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) return null;
    s = s.replace(/\./g, '').replace(',', '.');
  } else {
    if (s.includes(',') && !/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return null;
    s = s.replace(/,/g, '');
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
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
