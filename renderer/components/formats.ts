/** Date formatters, made once per language: creating an Intl formatter is costly at start-up. */
const cache = new Map<string, Intl.DateTimeFormat>();

/** Formats a date-time as "29 nov 2026, 07:04" (nl) or "29 Nov 2026, 07:04" (en). */
export function formatDateTime(iso: string, language: string): string {
  const locale = language === 'en' ? 'en-GB' : 'nl-NL';
  let format = cache.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    cache.set(locale, format);
  }
  return format.format(new Date(iso));
}
