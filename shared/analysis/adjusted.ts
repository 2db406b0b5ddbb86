/**
 * Frozen and adjusted values side by side: for one field of one ex-ante item, the value as frozen,
 * the value now, and the adjustment decision that changed it. One formatter for every place a
 * value is shown: "oorspronkelijk 11 % → bijgesteld 12 % (besluit 3 mei 2016)".
 */
import { themeOf } from '../framework/framework';
import type { ThemeId } from '../framework/types';
import type { MessageKey, MessageValues } from '../i18n/lookup';
import type { AssessmentDocument } from '../model/document';
import { frozenView, type FrozenView } from '../model/freeze';

type Preparation = AssessmentDocument['preparation'];
type Adjustment = AssessmentDocument['implementation']['adjustments'][number];
/** A value of a field as recorded in an adjustment. */
export type FieldValue = string | number | null;

/** The fields of baseline and target, by the names the screens give them. */
const PAIRS: Record<string, [key: 'baseline' | 'target', part: 'value' | 'year']> = {
  baseline: ['baseline', 'value'],
  baselineYear: ['baseline', 'year'],
  target: ['target', 'value'],
  targetYear: ['target', 'year'],
};

/** Every item of the ex-ante part that has an id. */
function items(p: Preparation): { id: string }[] {
  const toc = p.theoryOfChange;
  return [
    ...p.indicators,
    ...p.effects,
    ...p.options,
    ...p.spillovers,
    ...p.perceivedOutcomes,
    ...toc.activities,
    ...toc.outputs,
    ...toc.outcomes,
    ...toc.impacts,
  ];
}

/** The items of the ex-ante part by id (the first of each id), for many look-ups in one unchanging preparation. */
export function itemIndex(p: Preparation): ReadonlyMap<string, { id: string }> {
  const index = new Map<string, { id: string }>();
  for (const item of items(p)) if (!index.has(item.id)) index.set(item.id, item);
  return index;
}

/**
 * The value of one field of an item (null: the preparation itself); undefined when the item is not there.
 * `index` (itemIndex of the same preparation) saves the search through every item.
 */
export function fieldValue(
  p: Preparation,
  itemId: string | null,
  field: string,
  index?: ReadonlyMap<string, { id: string }>,
): FieldValue | undefined {
  const found = itemId === null ? p : index ? index.get(itemId) : items(p).find((x) => x.id === itemId);
  const item = found as Record<string, unknown> | undefined;
  if (!item) return undefined;
  const pair = PAIRS[field];
  const raw = pair ? (item[pair[0]] as Record<string, unknown> | null | undefined)?.[pair[1]] : item[field];
  return typeof raw === 'string' || typeof raw === 'number' ? raw : null;
}

/** One field: as frozen, as it is now, and the latest adjustment that changed it. */
export interface AdjustedValue {
  original: FieldValue | undefined;
  current: FieldValue | undefined;
  adjustment: Adjustment | null;
  /** Whether the value now differs from the frozen one. */
  changed: boolean;
}

/** The latest adjustment (by date, then by order) that records a change of this field. */
export function adjustmentOf(doc: AssessmentDocument, itemId: string | null, field: string): Adjustment | null {
  const matching = doc.implementation.adjustments.filter((a) => a.changes?.some((c) => c.itemId === itemId && c.field === field));
  return matching.reduce<Adjustment | null>((last, a) => (!last || a.date >= last.date ? a : last), null);
}

/** Indexes for many adjustedValue calls on one document: itemIndex of the frozen and the current preparation, and adjustmentOf. */
export interface AdjustedLookups {
  frozen: ReadonlyMap<string, { id: string }>;
  current: ReadonlyMap<string, { id: string }>;
  adjustment: (itemId: string | null, field: string) => Adjustment | null;
}

/** A field frozen and now; null when the document was never frozen. `lookups` saves the searches (the same answer). */
export function adjustedValue(
  doc: AssessmentDocument,
  itemId: string | null,
  field: string,
  view: FrozenView | null = frozenView(doc),
  lookups?: AdjustedLookups,
): AdjustedValue | null {
  if (!view) return null;
  const original = fieldValue(view.preparation, itemId, field, lookups?.frozen);
  const current = fieldValue(doc.preparation, itemId, field, lookups?.current);
  const changed = original !== current && !(original === undefined && current === null);
  const adjustment = lookups ? lookups.adjustment(itemId, field) : adjustmentOf(doc, itemId, field);
  return { original, current, adjustment, changed };
}

type Translate = (key: MessageKey, values?: MessageValues) => string;

/** A date as words in the language ("3 mei 2016", "3 May 2016"). */
export function longDate(lang: 'nl' | 'en', iso: string): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso.slice(0, 10)}T12:00:00Z`));
}

/**
 * The words for a value: just the value when unchanged, else "oorspronkelijk 11 % → bijgesteld 12 %
 * (besluit 3 mei 2016)", or "… → nu 12 % (zonder besluit)" for a change no adjustment records.
 */
export function describeAdjusted(
  value: AdjustedValue | null,
  show: (v: FieldValue | undefined) => string,
  t: Translate,
  lang: 'nl' | 'en',
  now?: FieldValue | undefined,
): string {
  if (!value || !value.changed) return show(value ? value.current : now);
  const original = show(value.original);
  const current = show(value.current);
  if (!value.adjustment) return t('freeze.changedUnrecorded', { original, current });
  return t('freeze.adjusted', { original, current, date: longDate(lang, value.adjustment.date) });
}

type Change = NonNullable<Adjustment['changes']>[number];
const FIELD_KEYS: Record<string, MessageKey> = {
  baseline: 'fields.baselineValue',
  baselineYear: 'fields.baselineYear',
  target: 'fields.targetValue',
  targetYear: 'fields.targetYear',
};

/** What a recorded change concerns, in words: "Streefwaarde (Netto arbeidsparticipatie)". */
export function changeLabel(
  doc: AssessmentDocument,
  change: Change,
  t: Translate,
  lang: 'nl' | 'en',
  isKey: (key: string) => key is MessageKey,
): string {
  const key = FIELD_KEYS[change.field] ?? `fields.${change.field}`;
  const field = isKey(key) ? t(key) : change.field;
  if (change.itemId === null) return field;
  const item = [...items(doc.preparation), ...(frozenView(doc, false) ? items(frozenView(doc, false)!.preparation) : [])].find(
    (x) => x.id === change.itemId,
  ) as { name?: string; text?: string; description?: string; theme?: ThemeId; optionId?: string } | undefined;
  const effectName = item?.theme && item.optionId ? themeOf(item.theme).name[lang] : '';
  const name = item?.name || effectName || item?.text || item?.description || change.itemId;
  return `${field} (${name.length > 60 ? `${name.slice(0, 59)}…` : name})`;
}
