/** The facts of a catalogue entry as words, for the catalogue view, the CLI and the report appendix. */
import type { MessageKey, MessageValues } from '../i18n/lookup';
import { citation } from './catalogue';
import { scaleLevels } from './framework';
import type { CatalogueIndicator } from './types';

type Lang = 'nl' | 'en';
type T = (key: MessageKey, values?: MessageValues) => string;

export interface EntryFacts {
  /** Publisher, product, table id, title, year; and the CBS credit on CBS entries. */
  source: string;
  scales: string;
  lag: string;
  population: string;
  groups: string;
  survey: string | null;
  /** "Niet geverifieerd: …" / "Not verified: …", or null when verified. */
  unverified: string | null;
  note: string | null;
}

/** The entry's facts in `lang`, with the messages of `t` (the caller's translator in the same language). */
export function entryFacts(c: CatalogueIndicator, lang: Lang, t: T): EntryFacts {
  const scaleName = (id: string) => scaleLevels.find((s) => s.id === id)?.name[lang] ?? id;
  const what = (c.unsure ?? []).map((u) => t(`catalogue.unsure.${u}`)).join(', ');
  return {
    source: citation(c, lang),
    scales: c.scales.map(scaleName).join(', '),
    lag: t('catalogue.lagYears', { count: c.lag }),
    population: c.population[lang],
    groups: c.groups.length ? c.groups.map((g) => t(`catalogue.group.${g}`)).join(', ') : t('catalogue.noGroups'),
    survey: c.survey ? c.survey.margin[lang] : null,
    unverified: c.verified ? null : t('catalogue.unverifiedWhat', { what }),
    note: c.note ? c.note[lang] : null,
  };
}
