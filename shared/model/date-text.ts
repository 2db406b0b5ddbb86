/**
 * Dates as people type and read them: "30-06-2025" in Dutch, "30/06/2025" in English, stored as
 * yyyy-mm-dd. The browser's own date field follows the browser's locale, not the app's language
 * (a Dutch screen showed mm/dd/yyyy), so the app's date fields are text fields using these.
 */
export type DateLang = 'nl' | 'en';

/** How the format is written for the user ("dd-mm-jjjj"). */
export const DATE_PATTERN: Record<DateLang, string> = { nl: 'dd-mm-jjjj', en: 'dd/mm/yyyy' };

/** A stored date (yyyy-mm-dd) as the language writes it; anything else is returned as it is. */
export function formatDateText(iso: string, lang: DateLang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const sep = lang === 'nl' ? '-' : '/';
  return `${m[3]}${sep}${m[2]}${sep}${m[1]}`;
}

/**
 * A typed date as yyyy-mm-dd: day-month-year with "-", "/", "." or a space ("30-6-2025",
 * "30/06/2025", "30.6.2025") or the stored form ("2025-06-30"); null when it is no real date
 * between 1900 and 2200 (31-02 is refused, not rolled over).
 */
export function parseDateText(text: string): string | null {
  const s = text.trim();
  let y: number, m: number, d: number;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s))) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/.exec(s))) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return null;
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A stored date moved by whole days (arrow keys in a date field). */
export function addDays(iso: string, days: number): string {
  const t = Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
