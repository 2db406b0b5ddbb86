/**
 * What changed between two versions of a document, in one line: a pure comparison per part
 * (items added, removed and changed in each list; fields changed in each group of fields), and
 * its words through the catalogue. Stored with each kept version (electron/backend/documents/history.ts).
 */
import type { MessageKey, MessageValues } from '../i18n/lookup';
import type { AssessmentDocument, Phase } from './document';

export const DIFF_PARTS = [
  'context',
  'preparation',
  'theoryOfChange',
  'options',
  'effects',
  'spillovers',
  'indicators',
  'perceivedOutcomes',
  'measurements',
  'citizenSignals',
  'adjustments',
  'evaluation',
  'finalValues',
  'realisedEffects',
  'unintendedEffects',
  'perceivedResults',
] as const;
export type DiffPart = (typeof DIFF_PARTS)[number];

/** One part's changes: lists count items, groups of fields count fields (as `changed`). */
export interface PartChange {
  part: DiffPart;
  added: number;
  removed: number;
  changed: number;
}

/**
 * The summary of a version against the one before it (`initial` when there was none). Plain types
 * here, so the screens that show it load no zod; the schema is in version-info.ts.
 */
export interface VersionDiff {
  initial: boolean;
  /** The new phase, when the phase changed. */
  phase: Phase | null;
  /** 'set' when the expectations were frozen, 'cleared' when a frozen set went away. */
  frozen: 'set' | 'cleared' | null;
  parts: PartChange[];
}

type Doc = AssessmentDocument;
type Item = Record<string, unknown>;
type Spec =
  | { part: DiffPart; kind: 'fields'; of: (d: Doc) => Item; skip?: string[] }
  | { part: DiffPart; kind: 'items'; of: (d: Doc) => Item[]; key: string };

const items = (part: DiffPart, of: (d: Doc) => Item[], key = 'id'): Spec => ({ part, kind: 'items', of, key });
const fields = (part: DiffPart, of: (d: Doc) => Item, skip?: string[]): Spec => ({ part, kind: 'fields', of, skip });
const LISTS_OF_PREPARATION = ['theoryOfChange', 'options', 'effects', 'spillovers', 'indicators', 'perceivedOutcomes'];
const LISTS_OF_EVALUATION = ['finalValues', 'realisedEffects', 'unintendedEffects', 'perceivedResults'];

/** The parts compared, in the order they are told. */
const SPECS: Spec[] = [
  fields('context', (d) => d.context, ['phase']),
  fields('preparation', (d) => d.preparation, LISTS_OF_PREPARATION),
  items('theoryOfChange', (d) => Object.values(d.preparation.theoryOfChange).flat()),
  items('options', (d) => d.preparation.options),
  items('effects', (d) => d.preparation.effects),
  items('spillovers', (d) => d.preparation.spillovers),
  items('indicators', (d) => d.preparation.indicators),
  items('perceivedOutcomes', (d) => d.preparation.perceivedOutcomes),
  items('measurements', (d) => d.implementation.measurements),
  items('citizenSignals', (d) => d.implementation.citizenSignals),
  items('adjustments', (d) => d.implementation.adjustments),
  fields('evaluation', (d) => d.evaluation, LISTS_OF_EVALUATION),
  items('finalValues', (d) => d.evaluation.finalValues, 'indicatorId'),
  items('realisedEffects', (d) => d.evaluation.realisedEffects, 'effectId'),
  items('unintendedEffects', (d) => d.evaluation.unintendedEffects),
  items('perceivedResults', (d) => d.evaluation.perceivedResults, 'perceivedOutcomeId'),
];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function compareFields(before: Item, after: Item, skip: string[] = []): number {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)].filter((k) => !skip.includes(k)));
  return [...keys].filter((k) => !same(before[k], after[k])).length;
}

function compareItems(before: Item[], after: Item[], key: string): Omit<PartChange, 'part'> {
  const old = new Map(before.map((item) => [String(item[key]), item]));
  const now = new Map(after.map((item) => [String(item[key]), item]));
  let added = 0;
  let changed = 0;
  for (const [id, item] of now) {
    const was = old.get(id);
    if (!was) added++;
    else if (!same(was, item)) changed++;
  }
  const removed = [...old.keys()].filter((id) => !now.has(id)).length;
  return { added, removed, changed };
}

/** What changed from `before` (null: there is no earlier version) to `after`. */
export function versionDiff(before: Doc | null, after: Doc): VersionDiff {
  if (!before) return { initial: true, phase: null, frozen: null, parts: [] };
  const parts: PartChange[] = [];
  for (const spec of SPECS) {
    const change =
      spec.kind === 'fields'
        ? { added: 0, removed: 0, changed: compareFields(spec.of(before), spec.of(after), spec.skip) }
        : compareItems(spec.of(before), spec.of(after), spec.key);
    if (change.added + change.removed + change.changed > 0) parts.push({ part: spec.part, ...change });
  }
  const wasFrozen = before.implementation.frozen !== null;
  const isFrozen = after.implementation.frozen !== null;
  return {
    initial: false,
    phase: before.context.phase === after.context.phase ? null : after.context.phase,
    frozen: wasFrozen === isFrozen ? null : isFrozen ? 'set' : 'cleared',
    parts,
  };
}

type T = (key: MessageKey, values?: MessageValues) => string;
/** How many parts one line tells before "and N more parts". */
const MAX_PARTS = 3;

function describePart(t: T, change: PartChange, isFields: boolean): string {
  const counts: string[] = [];
  if (change.added) counts.push(t('history.diff.added', { count: change.added }));
  if (change.removed) counts.push(t('history.diff.removed', { count: change.removed }));
  if (change.changed) {
    const fieldWords = change.changed === 1 ? t('history.diff.field') : t('history.diff.fields', { count: change.changed });
    counts.push(isFields ? fieldWords : t('history.diff.changed', { count: change.changed }));
  }
  return t('history.diff.part', { part: t(`history.parts.${change.part}`), changes: counts.join(', ') });
}

/** The summary in one line, e.g. "Indicatoren: 1 toegevoegd, 3 gewijzigd; Context: 2 velden gewijzigd". */
export function describeVersionDiff(t: T, diff: VersionDiff): string {
  if (diff.initial) return t('history.diff.initial');
  const phrases: string[] = [];
  if (diff.phase) phrases.push(t('history.diff.phase', { phase: t(`phase.${diff.phase}`) }));
  if (diff.frozen) phrases.push(t(diff.frozen === 'set' ? 'history.diff.frozen' : 'history.diff.unfrozen'));
  const fieldParts = new Set(SPECS.filter((s) => s.kind === 'fields').map((s) => s.part));
  const told = diff.parts.slice(0, MAX_PARTS).map((p) => describePart(t, p, fieldParts.has(p.part)));
  phrases.push(...told);
  const rest = diff.parts.length - MAX_PARTS;
  if (rest > 0) phrases.push(rest === 1 ? t('history.diff.moreOne') : t('history.diff.more', { count: rest }));
  return phrases.length ? phrases.join('; ') : t('history.diff.none');
}

/** The names of versions kept for good: the start of a phase, the freeze of the expectations. */
export const VERSION_NAMES = ['start-implementation', 'start-evaluation', 'frozen'] as const;
export type VersionName = (typeof VERSION_NAMES)[number];

/** One kept version as the history lists it (its schema: version-info.ts). */
export interface VersionInfo {
  revision: number;
  savedAt: string;
  /** The document's author field, or the user's name from the settings; '' when neither is known. */
  author: string;
  name: VersionName | null;
  summary: VersionDiff;
  /** Bytes of the version file. */
  size: number;
  /** The revision this version restored, when it was made by "restore". */
  restoredFrom: number | null;
}

/** The name a new version gets, from the version before it: a phase started, or the expectations were frozen. */
export function versionNameOf(before: AssessmentDocument | null, after: AssessmentDocument): VersionName | null {
  if (!before) return null;
  if (before.context.phase !== after.context.phase) {
    if (after.context.phase === 'implementation') return 'start-implementation';
    if (after.context.phase === 'evaluation') return 'start-evaluation';
  }
  return before.implementation.frozen === null && after.implementation.frozen !== null ? 'frozen' : null;
}
