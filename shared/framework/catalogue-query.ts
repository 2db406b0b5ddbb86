/** Searching and filtering the catalogue: the same rules for the catalogue view and `impactwijzer catalogue`. */
import { catalogue } from './catalogue';
import { dimensionOf } from './framework';
import type { CatalogueIndicator, DimensionId, GroupBreakdown, IndicatorKind, PublisherId, ScaleLevel, ThemeId } from './types';

/** A search text and filters; '' means "any". */
export interface CatalogueQuery {
  text: string;
  theme: ThemeId | '';
  dimension: DimensionId | '';
  scale: ScaleLevel | '';
  kind: IndicatorKind | '';
  publisher: PublisherId | '';
  /** Only entries that the publisher breaks down by this group. */
  group: GroupBreakdown | '';
  /** 'yes': only verified entries; 'no': only entries with something unverified. */
  verified: 'yes' | 'no' | '';
}

export const EMPTY_QUERY: CatalogueQuery = {
  text: '',
  theme: '',
  dimension: '',
  scale: '',
  kind: '',
  publisher: '',
  group: '',
  verified: '',
};

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Whether an entry passes the filters (not the text). */
function passes(c: CatalogueIndicator, q: Partial<CatalogueQuery>): boolean {
  if (q.theme && c.theme !== q.theme) return false;
  if (q.dimension && dimensionOf(c.theme) !== q.dimension) return false;
  if (q.scale && !c.scales.includes(q.scale)) return false;
  if (q.kind && c.kind !== q.kind) return false;
  if (q.publisher && c.source.publisher !== q.publisher) return false;
  if (q.group && !c.groups.includes(q.group)) return false;
  if (q.verified === 'yes' && !c.verified) return false;
  if (q.verified === 'no' && c.verified) return false;
  return true;
}

/** The entries that match the filters and every word of the text (name, definition, unit, source, id; both languages). */
export function queryCatalogue(q: Partial<CatalogueQuery>): CatalogueIndicator[] {
  const words = fold(q.text ?? '')
    .split(/\s+/)
    .filter(Boolean);
  return catalogue.filter((c) => {
    if (!passes(c, q)) return false;
    if (words.length === 0) return true;
    const s = c.source;
    const hay = fold(
      [
        c.name.nl,
        c.name.en,
        c.definition.nl,
        c.definition.en,
        c.unit.nl,
        c.unit.en,
        c.id,
        s.name,
        s.table ?? '',
        s.dataset.nl,
        s.dataset.en,
      ].join(' '),
    );
    return words.every((w) => hay.includes(w));
  });
}
