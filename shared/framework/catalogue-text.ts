/**
 * Catalogue texts in the reader's language.
 *
 * The rule (issue 15): an indicator that comes from the catalogue (it has a `catalogueId`) keeps
 * the texts the user wrote, except where the user left a text as the catalogue gave it: that text
 * is shown in the report's language, from the catalogue. "As the catalogue gave it" means equal to
 * the entry's Dutch or English text, or to its text in an earlier catalogue edition (`former`, then
 * shown in that edition's words, so a "18+" unit never becomes "15+"); a unit is also recognised
 * when it equals a unit of another entry with one unambiguous translation. A source left as the
 * catalogue's citation is cited in the report's language; in any source the CBS credit reads
 * "Bron: CBS" in Dutch and "Source: CBS" in English. Texts the user changed are never translated.
 */
import { catalogue, catalogueEntry, citation } from './catalogue';
import type { Localized } from './types';

type Lang = 'nl' | 'en';

export interface IndicatorTexts {
  name: string;
  unit: string;
  definition: string;
  source: string;
}

interface IndicatorLike extends IndicatorTexts {
  catalogueId: string | null;
}

/** Units of the catalogue in each language, keyed by their text in the other; ambiguous ones left out. */
function unitDictionary(): Record<Lang, Map<string, string>> {
  const into: Record<Lang, Map<string, string | null>> = { nl: new Map(), en: new Map() };
  const add = (map: Map<string, string | null>, from: string, to: string) =>
    map.set(from, map.has(from) && map.get(from) !== to ? null : to);
  for (const c of catalogue) {
    add(into.en, c.unit.nl, c.unit.en);
    add(into.nl, c.unit.en, c.unit.nl);
  }
  const clean = (m: Map<string, string | null>) => new Map([...m].filter((e): e is [string, string] => e[1] !== null));
  return { nl: clean(into.nl), en: clean(into.en) };
}

let units: Record<Lang, Map<string, string>> | null = null;

const same = (text: string, l: Localized) => text.trim() === l.nl || text.trim() === l.en;

/** The CBS credit in the reader's language, wherever a source text carries it. */
export function creditIn(source: string, lang: Lang): string {
  return lang === 'en' ? source.replace(/\bBron: CBS\b/g, 'Source: CBS') : source.replace(/\bSource: CBS\b/g, 'Bron: CBS');
}

/** The name, unit, definition and source of an indicator as a reader in `lang` sees them (see the rule above). */
export function indicatorTexts(i: IndicatorLike, lang: Lang): IndicatorTexts {
  const c = catalogueEntry(i.catalogueId);
  if (!c) return { name: i.name, unit: i.unit, definition: i.definition, source: creditIn(i.source, lang) };
  units ??= unitDictionary();
  // A text of the current entry, or of its earlier edition, in the reader's language; never the other edition's text.
  const pick = (text: string, l: Localized, former?: Localized) =>
    same(text, l) ? l[lang] : former !== undefined && same(text, former) ? former[lang] : null;
  const unit = pick(i.unit, c.unit, c.former?.unit) ?? units[lang].get(i.unit.trim()) ?? i.unit;
  const cited = i.source.trim() === citation(c, 'nl') || i.source.trim() === citation(c, 'en');
  return {
    name: pick(i.name, c.name, c.former?.name) ?? i.name,
    unit,
    definition: pick(i.definition, c.definition, c.former?.definition) ?? i.definition,
    source: cited ? citation(c, lang) : creditIn(i.source, lang),
  };
}
