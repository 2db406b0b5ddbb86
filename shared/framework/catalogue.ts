/**
 * The standard indicator library of Impactwijzer.
 *
 * Each entry follows the themes and capitals of the CBS Monitor Brede Welvaart (and the CBS
 * Regionale Monitor Brede Welvaart for regional indicators), and names its publisher, the exact
 * table (the StatLine id where CBS publishes one) or dataset, the edition checked, the scales,
 * the publication lag, the survey margin and the group breakdowns. Where a fact could not be
 * checked against the publisher's own pages the entry says `verified: false` and what is unsure;
 * the catalogue view and the report appendix show it. Names and definitions are our own words.
 *
 * Figures of CBS (Statistics Netherlands) are published under CC BY 4.0: wherever an indicator
 * with `source.cbs === true` is used, credit it with "Bron: CBS" ("Source: CBS" in English).
 * Only CBS entries carry that credit; other publishers are credited by name.
 *
 * Ids are stable: documents refer to them, so an id never changes once published. The data lives
 * in ./catalogue/ split by dimension; the list is grouped by theme, in the order of `ThemeId`.
 */
import { elsewhere } from './catalogue/elders';
import { hereAndNow } from './catalogue/hier-en-nu';
import { later } from './catalogue/later';
import type { CatalogueIndicator, GroupBreakdown, Localized, PublisherId } from './types';

export const catalogue: readonly CatalogueIndicator[] = [...hereAndNow, ...later, ...elsewhere];

/** Publishers with their names as a citation shows them. */
export const publishers: Readonly<Record<PublisherId, Localized>> = {
  cbs: { nl: 'CBS', en: 'CBS (Statistics Netherlands)' },
  'ggd-rivm': { nl: 'GGD’en en RIVM', en: 'GGDs (Municipal Health Services) and RIVM' },
  rivm: { nl: 'RIVM', en: 'RIVM (National Institute for Public Health and the Environment)' },
  vng: { nl: 'VNG', en: 'VNG (Association of Netherlands Municipalities)' },
  duo: { nl: 'DUO', en: 'DUO (Education Executive Agency)' },
  uwv: { nl: 'UWV', en: 'UWV (Employee Insurance Agency)' },
  kadaster: { nl: 'Kadaster', en: 'Kadaster (Land Registry)' },
  kiesraad: { nl: 'Kiesraad', en: 'Kiesraad (Electoral Council)' },
  pbl: { nl: 'PBL', en: 'PBL (Netherlands Environmental Assessment Agency)' },
  rws: { nl: 'Rijkswaterstaat', en: 'Rijkswaterstaat' },
  bzk: { nl: 'Ministerie van BZK', en: 'Ministry of the Interior and Kingdom Relations (BZK)' },
  tno: { nl: 'TNO', en: 'TNO' },
  dnb: { nl: 'De Nederlandsche Bank', en: 'De Nederlandsche Bank (DNB)' },
  'lezen-schrijven': { nl: 'Stichting Lezen & Schrijven', en: 'Stichting Lezen & Schrijven (Reading & Writing Foundation)' },
  oecd: { nl: 'OESO', en: 'OECD' },
  vu: { nl: 'Vrije Universiteit Amsterdam', en: 'Vrije Universiteit Amsterdam' },
};

export const PUBLISHER_IDS = Object.keys(publishers) as PublisherId[];
export const GROUP_BREAKDOWNS: readonly GroupBreakdown[] = ['sex', 'age', 'education', 'migration', 'income'];

const byId = new Map(catalogue.map((c) => [c.id, c]));

/** The catalogue entry with this id, if any. */
export function catalogueEntry(id: string | null | undefined): CatalogueIndicator | undefined {
  return id ? byId.get(id) : undefined;
}

/**
 * The source line, ready to cite: publisher, product (left out where the table title or the publisher
 * already names it), StatLine table id, title, edition; and the CBS credit on CBS entries only. E.g.
 * "CBS, StatLine 85146NED: Veiligheidsmonitor; kerncijfers, regio (2023). Bron: CBS".
 */
export function citation(c: CatalogueIndicator, lang: 'nl' | 'en'): string {
  const s = c.source;
  const publisher = publishers[s.publisher][lang];
  const redundant =
    s.name === publishers[s.publisher].nl || s.dataset.nl.includes(s.name) || (s.table !== undefined && s.name.startsWith('StatLine'));
  const parts = [publisher, ...(redundant ? [] : [s.name]), ...(s.table ? [`StatLine ${s.table}`] : [])];
  const credit = s.cbs ? (lang === 'nl' ? '. Bron: CBS' : '. Source: CBS') : '';
  return `${parts.join(', ')}: ${s.dataset[lang]} (${s.year})${credit}`;
}
