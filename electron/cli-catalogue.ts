/** `impactwijzer catalogue`: the indicator catalogue, filtered, as text or JSON, each entry with its source line ready to cite. */
import { citation, GROUP_BREAKDOWNS, PUBLISHER_IDS } from '../shared/framework/catalogue';
import { queryCatalogue, type CatalogueQuery } from '../shared/framework/catalogue-query';
import { DIMENSION_IDS, dimensionOf, SCALE_IDS, THEME_IDS, themeOf, themes } from '../shared/framework/framework';
import type { MessageKey, MessageValues } from '../shared/i18n';

type Lang = 'nl' | 'en';
type T = (key: MessageKey, values?: MessageValues) => string;

/** The filter options of the command, with the values each one takes. */
export const CATALOGUE_FILTERS = {
  dimension: DIMENSION_IDS,
  theme: THEME_IDS,
  scale: SCALE_IDS,
  publisher: PUBLISHER_IDS,
  kind: ['objective', 'subjective'],
  group: GROUP_BREAKDOWNS,
  verified: ['yes', 'no'],
} as const satisfies Record<Exclude<keyof CatalogueQuery, 'text'>, readonly string[]>;

export type CatalogueFilterName = keyof typeof CATALOGUE_FILTERS;
export const CATALOGUE_OPTIONS = Object.fromEntries(Object.keys(CATALOGUE_FILTERS).map((k) => [k, { type: 'string' }])) as Record<
  CatalogueFilterName,
  { type: 'string' }
>;

export type CatalogueResult = { ok: string[] } | { mistake: MessageKey; values: MessageValues };

/** The catalogue lines (or JSON) for the given filters; a mistake when a filter has an unknown value. */
export function catalogueLines(
  values: Partial<Record<CatalogueFilterName | 'search', string>> & { json?: boolean },
  lang: Lang,
  t: T,
): CatalogueResult {
  const query: Partial<CatalogueQuery> = { text: values.search ?? '' };
  for (const name of Object.keys(CATALOGUE_FILTERS) as CatalogueFilterName[]) {
    const value = values[name];
    if (value === undefined) continue;
    const allowed: readonly string[] = CATALOGUE_FILTERS[name];
    if (!allowed.includes(value)) return { mistake: 'cli.unknownFilter', values: { option: name, value, allowed: allowed.join(', ') } };
    Object.assign(query, { [name]: value });
  }
  const found = queryCatalogue(query);
  if (values.json) {
    const rows = found.map((c) => ({ ...c, dimension: dimensionOf(c.theme), citation: citation(c, lang) }));
    return { ok: [JSON.stringify(rows, null, 2)] };
  }
  const lines = found.map((c) =>
    [
      c.id,
      themeOf(c.theme).name[lang],
      c.name[lang],
      c.unit[lang],
      c.goodDirection === 'up' ? '↑' : '↓',
      t(c.kind === 'subjective' ? 'cli.subjective' : 'cli.objective'),
      citation(c, lang),
      c.verified ? '' : t('catalogue.unverified'),
    ]
      .join('\t')
      .trimEnd(),
  );
  const counts = themes.map((th) => `${th.name[lang]}: ${found.filter((c) => c.theme === th.id).length}`);
  return { ok: [...lines, '', t('cli.catalogueCount', { count: found.length, themes: counts.join('; ') }), t('cli.cbsCredit')] };
}
