/**
 * The freeze: an immutable snapshot of the whole ex-ante part (context and preparation), with the
 * date and decision it rests on, who froze it and a content hash. What the report "as it stood"
 * and the adjusted-value formatter read.
 */
import type { AssessmentDocument } from './document';
import { canonicalJson, sha256Hex } from './sha256';

type Frozen = NonNullable<AssessmentDocument['implementation']['frozen']>;
type Snapshot = NonNullable<Frozen['snapshot']>;

/** Who, when and on what decision the expectations are frozen. */
export interface FreezeInput {
  by: string;
  /** The moment of freezing (ISO timestamp). */
  at: string;
  /** The date the freeze rests on (yyyy-mm-dd); default the day of `at`. */
  date?: string;
  /** The decision it rests on. */
  decision?: string;
}

/** The content hash of a freeze: sha-256 of the canonical JSON of date, by, decision and snapshot. */
export function freezeHash(record: { date: string; by: string; decision: string; snapshot: Snapshot }): string {
  const { date, by, decision, snapshot } = record;
  return sha256Hex(new TextEncoder().encode(canonicalJson({ date, by, decision, snapshot })));
}

/** The freeze record of a document as it stands now (before its phase changes). */
export function freezeRecord(doc: AssessmentDocument, input: FreezeInput): Frozen {
  const snapshot: Snapshot = { context: structuredClone(doc.context), preparation: structuredClone(doc.preparation) };
  const date = input.date || input.at.slice(0, 10);
  const decision = input.decision?.trim() ?? '';
  const by = input.by;
  return {
    at: input.at,
    by,
    effects: structuredClone(doc.preparation.effects),
    indicators: structuredClone(doc.preparation.indicators),
    ambition: doc.preparation.ambition,
    date,
    decision,
    snapshot,
    hash: freezeHash({ date, by, decision, snapshot }),
  };
}

/** The frozen ex-ante part as the report and the formatter read it. */
export interface FrozenView {
  date: string;
  by: string;
  decision: string;
  context: Snapshot['context'];
  preparation: Snapshot['preparation'];
  /** The stored hash; null for an older file without a snapshot. */
  hash: string | null;
  /** Built from an older file's frozen effects, indicators and ambition plus the current rest. */
  derived: boolean;
  /** Whether the stored hash still matches the snapshot (false: the file was edited elsewhere). */
  intact: boolean;
}

/** Display copies of frozen records whose hash was checked on the original (see `displayCopy`). */
const checkedCopies = new WeakSet<object>();

/**
 * A copy of a frozen record for display only (for instance with catalogue texts in the report's
 * language): it keeps the original hash, and counts as intact exactly when the original does, so the
 * reference on the report stays the one the freeze produced.
 */
export function displayCopy(doc: AssessmentDocument, changes: Partial<Frozen>): Frozen | null {
  const frozen = doc.implementation.frozen;
  if (!frozen) return null;
  const copy: Frozen = { ...frozen, ...changes };
  if (frozenView(doc)?.intact) checkedCopies.add(copy);
  return copy;
}

/** The frozen ex-ante part of a document (a read-only view into it), or null when it was never frozen. `verify`: check the hash. */
export function frozenView(doc: AssessmentDocument, verify = true): FrozenView | null {
  const frozen = doc.implementation.frozen;
  if (!frozen) return null;
  const date = frozen.date ?? frozen.at.slice(0, 10);
  const decision = frozen.decision ?? '';
  if (frozen.snapshot) {
    const hash = frozen.hash ?? null;
    const intact =
      !verify ||
      checkedCopies.has(frozen) ||
      (hash !== null && hash === freezeHash({ date, by: frozen.by, decision, snapshot: frozen.snapshot }));
    return { date, by: frozen.by, decision, ...frozen.snapshot, hash, derived: false, intact };
  }
  // A view, not a copy (callers that keep it clone it: documentAsFrozen).
  const preparation = { ...doc.preparation, effects: frozen.effects, indicators: frozen.indicators, ambition: frozen.ambition };
  const context = { ...doc.context, phase: 'preparation' as const };
  return { date, by: frozen.by, decision, context, preparation, hash: null, derived: true, intact: true };
}

/** The document as it stood when frozen: the snapshot, with nothing of implementation or evaluation. */
export function documentAsFrozen(doc: AssessmentDocument, view: FrozenView): AssessmentDocument {
  return {
    schemaVersion: doc.schemaVersion,
    id: doc.id,
    createdAt: doc.createdAt,
    updatedAt: doc.createdAt,
    context: structuredClone(view.context),
    preparation: structuredClone(view.preparation),
    implementation: { frozen: null, measurements: [], citizenSignals: [], adjustments: [] },
    evaluation: {
      finalValues: [],
      realisedEffects: [],
      unintendedEffects: [],
      perceivedResults: [],
      distribution: { gainers: '', losers: '', inequality: 'unknown', explanation: '' },
      lessons: '',
      recommendation: null,
      recommendationReason: '',
      otherChoices: '',
    },
  };
}

/** The first 12 hex digits of a hash: the reference ("kenmerk") shown on screens and reports. */
export const shortHash = (hash: string) => hash.slice(0, 12);
