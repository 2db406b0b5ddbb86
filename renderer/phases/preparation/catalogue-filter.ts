import { catalogue, citation } from '../../../shared/framework/catalogue';
import { dimensionOf } from '../../../shared/framework/framework';
import type { CatalogueIndicator, DimensionId, IndicatorKind, ScaleLevel, ThemeId } from '../../../shared/framework/types';
import type { Indicator } from '../../../shared/model/document';

export interface CatalogueQuery {
  text: string;
  theme: ThemeId | '';
  dimension: DimensionId | '';
  scale: ScaleLevel | '';
  kind: IndicatorKind | '';
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** The catalogue indicators that match a search text and filters (name, definition, unit, in both languages). */
export function searchCatalogue(q: CatalogueQuery): CatalogueIndicator[] {
  const words = fold(q.text).split(/\s+/).filter(Boolean);
  return catalogue.filter((c) => {
    if (q.theme && c.theme !== q.theme) return false;
    if (q.dimension && dimensionOf(c.theme) !== q.dimension) return false;
    if (q.scale && !c.scales.includes(q.scale)) return false;
    if (q.kind && c.kind !== q.kind) return false;
    if (words.length === 0) return true;
    const hay = fold(`${c.name.nl} ${c.name.en} ${c.definition.nl} ${c.definition.en} ${c.unit.nl} ${c.id}`);
    return words.every((w) => hay.includes(w));
  });
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
