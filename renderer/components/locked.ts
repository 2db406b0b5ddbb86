/**
 * Whether the step on screen holds frozen expectations: StepFrame provides the frozen view on
 * such steps after the freeze; the fields read it and show frozen values read-only, with
 * "Bijstellen" (renderer/components/locked-field.tsx).
 */
import type { IComputedValue } from 'mobx';
import { createContext, useContext } from 'react';
import { adjustedValue, fieldValue, itemIndex, type AdjustedValue } from '../../shared/analysis/adjusted';
import type { AssessmentDocument } from '../../shared/model/document';
import { frozenView, type FrozenView } from '../../shared/model/freeze';
import { kept } from './kept';

export const LockContext = createContext<FrozenView | null>(null);

/** The frozen view when the step holds expectations and the document is frozen; else null. */
export function useFrozenView(): FrozenView | null {
  return useContext(LockContext);
}

/**
 * The frozen view when this field (of this item; none: the preparation itself) was frozen: items
 * added after the freeze stay editable (the critical friend asks for their adjustment decision).
 */
export function useLock(itemId: string | null | undefined, field: string): FrozenView | null {
  const view = useFrozenView();
  if (!view || !isExpectation(field)) return null;
  return frozenValue(view, itemId ?? null, field) === undefined ? null : view;
}

type Index = ReturnType<typeof itemIndex>;
type Adjustment = AssessmentDocument['implementation']['adjustments'][number];

const views = new WeakMap<AssessmentDocument, IComputedValue<FrozenView | null>>();
const indexes = new WeakMap<object, IComputedValue<Index>>();
const adjustmentIndexes = new WeakMap<object, IComputedValue<ReadonlyMap<string, Adjustment>>>();

/**
 * The frozen view of a document without the hash check (see frozenView), the same object from render
 * to render: a new one only when the freeze or the preparation changes (a derived view, of an older
 * file without snapshot, holds the live scalars and lists).
 */
export function stableFrozenView(doc: AssessmentDocument): FrozenView | null {
  const view = kept(views, doc, () => frozenView(doc, false));
  if (view?.derived) derivedOf.set(view, doc);
  return view;
}

/** The document of each derived view: its index is kept per document, not per view (a view per keystroke would leak one each). */
const derivedOf = new WeakMap<FrozenView, AssessmentDocument>();
const derivedIndexes = new WeakMap<AssessmentDocument, IComputedValue<Index>>();

/** The items of a preparation (frozen or live) by id. */
const indexOf = (p: FrozenView['preparation']) => kept(indexes, p, () => itemIndex(p));

/** The index of a frozen view's items; undefined (search) for a derived view not made by stableFrozenView. */
function frozenIndex(view: FrozenView): Index | undefined {
  if (!view.derived) return indexOf(view.preparation);
  const doc = derivedOf.get(view);
  if (!doc) return undefined;
  return kept(derivedIndexes, doc, () => {
    const now = stableFrozenView(doc);
    return now ? itemIndex(now.preparation) : new Map();
  });
}

const fieldKey = (itemId: string | null | undefined, field: string) => `${itemId == null ? '' : `#${itemId}`}\u0000${field}`;

/** The latest adjustment (by date, then by order) of each changed field, as adjustmentOf picks it. */
function adjustmentIndex(doc: AssessmentDocument): ReadonlyMap<string, Adjustment> {
  return kept(adjustmentIndexes, doc.implementation, () => {
    const latest = new Map<string, Adjustment>();
    for (const a of doc.implementation.adjustments)
      for (const c of a.changes ?? []) {
        const key = fieldKey(c.itemId, c.field);
        const last = latest.get(key);
        if (!last || a.date >= last.date) latest.set(key, a);
      }
    return latest;
  });
}

/** A field's frozen value (see fieldValue), looked up in the view's index. */
function frozenValue(view: FrozenView, itemId: string | null, field: string) {
  return fieldValue(view.preparation, itemId, field, itemId === null ? undefined : frozenIndex(view));
}

/** adjustedValue with the indexes: the same answer, without a search through every item and adjustment per field. */
export function adjustedField(doc: AssessmentDocument, itemId: string | null, field: string, view: FrozenView): AdjustedValue | null {
  const adjustments = adjustmentIndex(doc);
  const frozen = frozenIndex(view);
  if (!frozen) return adjustedValue(doc, itemId, field, view);
  return adjustedValue(doc, itemId, field, view, {
    frozen,
    current: indexOf(doc.preparation),
    adjustment: (id, f) => adjustments.get(fieldKey(id, f)) ?? null,
  });
}

/**
 * The margin of error describes how a value is measured, not what was expected: an evaluator may
 * add it after the freeze (the grade reads it from the current indicator), so it never locks.
 */
const MEASUREMENT_FIELDS: ReadonlySet<string> = new Set(['marginKind', 'marginValue', 'marginN']);

/** Whether a field states an expectation (and so is frozen). */
export function isExpectation(field: string): boolean {
  return !MEASUREMENT_FIELDS.has(field);
}

/** Whether an item was frozen (its removal would change an expectation without an adjustment). */
export function isFrozenItem(view: FrozenView | null, itemId: string): boolean {
  return view !== null && frozenValue(view, itemId, 'id') !== undefined;
}
