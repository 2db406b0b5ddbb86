/**
 * Readable names for the paths of a three-way merge ("preparation.indicators.<id>.target" →
 * "Indicator ‘Werkloosheid’ — streefwaarde") and readable values, in the user's language, for
 * the view where the user chooses between two versions of a field.
 */
import { themeOf } from '../framework/framework';
import type { ThemeId } from '../framework/types';
// The lookup, not the catalogue index: the screens must not load the English catalogue.
import { isMessageKey, type Language, type MessageKey, type MessageValues } from '../i18n/lookup';
import { valueAtPath } from './merge';

type Translate = (key: MessageKey, values?: MessageValues) => string;
type Row = Record<string, unknown>;

const SECTIONS = ['context', 'preparation', 'implementation', 'evaluation'] as const;
const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The word for a field name; an unknown name (a future field) is shown as it is. */
function fieldWord(t: Translate, name: string): string {
  const key = `conflicts.field.${name}`;
  return isMessageKey(key) ? t(key) : name;
}

function themeName(theme: unknown, lang: Language): string {
  try {
    return themeOf(theme as ThemeId).name[lang];
  } catch {
    return str(theme);
  }
}

/** The item with this id in the list at `listPath`, in the first of the documents that still has it. */
function findItem(documents: readonly unknown[], listPath: string, id: string): Row | undefined {
  for (const document of documents) {
    const item = valueAtPath(document, `${listPath}.${id}`);
    if (isRow(item)) return item;
  }
  return undefined;
}

/** How an item of a list is named, per list. */
function itemName(list: string, item: Row, documents: readonly unknown[], t: Translate, lang: Language): string {
  const name = (value: unknown) => str(value).trim() || t('conflicts.item.unnamed');
  const indicatorName = (id: unknown) => name(findItem(documents, 'preparation.indicators', str(id))?.name);
  switch (list) {
    case 'options':
      return t('conflicts.item.option', { name: name(item.name) });
    case 'effects':
      return t('conflicts.item.effect', {
        option: name(findItem(documents, 'preparation.options', str(item.optionId))?.name),
        theme: themeName(item.theme, lang),
      });
    case 'spillovers':
      return t('conflicts.item.spillover', { from: themeName(item.from, lang), to: themeName(item.to, lang) });
    case 'indicators':
      return t('conflicts.item.indicator', { name: name(item.name) });
    case 'perceivedOutcomes':
      return t('conflicts.item.perceivedOutcome', { name: name(item.description) });
    case 'activities':
    case 'outputs':
    case 'outcomes':
    case 'impacts':
      return t('conflicts.item.changeStep', { list: capitalise(fieldWord(t, list)), name: name(item.text) });
    case 'measurements':
      return t('conflicts.item.measurement', { name: indicatorName(item.indicatorId), date: str(item.date) });
    case 'citizenSignals':
      return t('conflicts.item.citizenSignal', { date: str(item.date) });
    case 'adjustments':
      return t('conflicts.item.adjustment', { date: str(item.date) });
    case 'unintendedEffects':
      return t('conflicts.item.unintendedEffect', { theme: themeName(item.theme, lang) });
    default:
      return capitalise(fieldWord(t, list));
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The readable name of a merge path. `documents` are the versions the path may be found in
 * (mine, theirs): an item deleted on one side is named from the other. `value` is a value at the
 * path (the item itself, when the path names a whole item that is in none of the documents).
 */
export function fieldLabel(path: string, documents: readonly unknown[], t: Translate, lang: Language, value?: unknown): string {
  const [section, ...rest] = path.split('.');
  if (!section || !(SECTIONS as readonly string[]).includes(section)) return path;
  // The last item on the path (an element of a list of items) is the subject; the keys after it name the field.
  let subject = t(`conflicts.section.${section as (typeof SECTIONS)[number]}`);
  let isItem = false;
  let fields: string[] = [];
  let at = section;
  for (const segment of rest) {
    const list = at;
    at = `${at}.${segment}`;
    const inList = documents.some((d) => Array.isArray(valueAtPath(d, list)));
    const last = at === path && isRow(value) && value.id === segment ? value : undefined;
    const item = inList ? (findItem(documents, list, segment) ?? last) : undefined;
    if (item) {
      subject = itemName(list.slice(list.lastIndexOf('.') + 1), item, documents, t, lang);
      isItem = true;
      fields = [];
    } else fields.push(segment);
  }
  if (fields.length === 0) return isItem ? t('conflicts.wholeItem', { item: subject }) : subject;
  const field = fields.map((f) => fieldWord(t, f)).reduce((outer, inner) => t('conflicts.nested', { outer, inner }));
  return t('conflicts.separator', { item: subject, field });
}

/** Fields whose values are codes, with the catalogue's list of their words (`enums.<list>.<code>`). */
const CODES: Record<string, string> = {
  direction: 'direction',
  confidence: 'confidence',
  lag: 'lag',
  sign: 'sign',
  strength: 'strength',
  kind: 'kind',
  goodDirection: 'goodDirection',
  frequency: 'frequency',
  dataCost: 'costQuality',
  dataQuality: 'costQuality',
};
const THEMES = new Set(['theme', 'from', 'to', 'spilloverFrom']);

/**
 * A value of a field as the user reads it: text as it is, numbers in the language's notation,
 * codes and themes in words (when `field`, the path's last key, says what they are), items by their name.
 */
export function valueText(value: unknown, t: Translate, lang: Language, field = ''): string {
  if ((typeof value === 'string' || typeof value === 'number') && CODES[field]) {
    const key = `enums.${CODES[field]}.${value}`;
    if (isMessageKey(key)) return t(key);
  }
  if (typeof value === 'string' && THEMES.has(field)) return themeName(value, lang);
  if (value === undefined) return t('conflicts.value.deleted');
  if (value === null || value === '') return t('conflicts.value.empty');
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return value.toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL');
  if (typeof value === 'boolean') return t(value ? 'conflicts.value.yes' : 'conflicts.value.no');
  if (Array.isArray(value))
    return value.every((v) => typeof v === 'string') ? value.join(', ') : t('conflicts.value.items', { count: value.length });
  if (isRow(value)) {
    if (typeof value.value === 'number' && typeof value.year === 'number') {
      return t('conflicts.value.atYear', { value: valueText(value.value, t, lang), year: value.year });
    }
    const named = [value.name, value.text, value.description, value.decision, value.observation].find((v) => typeof v === 'string' && v);
    if (typeof named === 'string') return named;
    return Object.entries(value)
      .filter(([key, v]) => key !== 'id' && v !== null && v !== '' && typeof v !== 'object')
      .map(([key, v]) => `${fieldWord(t, key)}: ${valueText(v, t, lang)}`)
      .join('; ');
  }
  return String(value);
}
