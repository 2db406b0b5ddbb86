/** Small formatting helpers of the report, in the report's language. */
import { formatNumber } from '../analysis/numbers';
import { translate, type MessageKey, type MessageValues } from '../i18n';
import type { Direction } from '../model/document';
import type { Block } from './blocks';

export type Lang = 'nl' | 'en';

/** A message of the catalogue in the report's language. */
export const tr = (lang: Lang, key: MessageKey, values?: MessageValues) => translate(lang, key, values);

/** The catalogue in one language, as a report section uses it. */
export const translatorOf = (lang: Lang) => (key: MessageKey, values?: MessageValues) => tr(lang, key, values);

/** The muted "Niet ingevuld." paragraph of an empty section. */
export const emptyBlock = (lang: Lang): Block => ({ kind: 'paragraph', text: tr(lang, 'report.empty'), style: 'muted' });

/** A section's level-2 heading. */
export const sectionHeading = (text: string): Block => ({ kind: 'heading', level: 2, text });

/** A number with the report's decimal separator. */
export const num = (lang: Lang, v: number | null | undefined, digits = 2) =>
  v === null || v === undefined ? '—' : formatNumber(v, lang, digits);

/** A direction −2…+2 as a signed number and words ("+2 sterk positief"); "?" when not assessed. */
export function direction(lang: Lang, v: Direction | null): string {
  if (v === null) return `? ${tr(lang, 'report.notAssessed')}`;
  return tr(lang, `enums.direction.${v}`);
}

/** An ISO date as the report's language writes it. */
export function date(lang: Lang, iso: string): string {
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(d);
}

/** Text, or "Niet ingevuld." when empty. */
export const orEmpty = (lang: Lang, s: string) => (s.trim() ? s : tr(lang, 'report.empty'));
