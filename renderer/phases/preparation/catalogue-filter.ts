import { catalogue, citation } from '../../../shared/framework/catalogue';
import { queryCatalogue, type CatalogueQuery } from '../../../shared/framework/catalogue-query';
import type { CatalogueIndicator, IndicatorKind, ThemeId } from '../../../shared/framework/types';
import type { Indicator } from '../../../shared/model/document';

export type { CatalogueQuery } from '../../../shared/framework/catalogue-query';

/** The catalogue indicators that match a search text and filters (see shared/framework/catalogue-query.ts). */
export function searchCatalogue(q: Partial<CatalogueQuery>): CatalogueIndicator[] {
  return queryCatalogue(q);
}

/** A document indicator from a catalogue entry, in the document's language. */
export function fromCatalogue(c: CatalogueIndicator, id: string, lang: 'nl' | 'en'): Indicator {
  return {
    id,
    catalogueId: c.id,
    name: c.name[lang],
    definition: c.definition[lang],
    theme: c.theme,
    unit: c.unit[lang],
    goodDirection: c.goodDirection,
    kind: c.kind,
    source: citation(c, lang),
    scale: c.scales[0] ?? null,
    level: null,
    baseline: null,
    target: null,
    frequency: null,
    dataCost: null,
    dataQuality: null,
    owner: '',
  };
}

/** Catalogue suggestions for a theme, subjective ones first when asked. */
export function suggestionsFor(theme: ThemeId, chosen: Set<string>, kind?: IndicatorKind, max = 3): CatalogueIndicator[] {
  return catalogue.filter((c) => c.theme === theme && !chosen.has(c.id) && (!kind || c.kind === kind)).slice(0, max);
}
