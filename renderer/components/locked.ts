/**
 * Whether the step on screen holds frozen expectations: StepFrame provides the frozen view on
 * such steps after the freeze; the fields read it and show frozen values read-only, with
 * "Bijstellen" (renderer/components/locked-field.tsx).
 */
import { createContext, useContext } from 'react';
import { fieldValue, itemIndex } from '../../shared/analysis/adjusted';
import type { FrozenView } from '../../shared/model/freeze';

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

/** Indexes of the frozen snapshots' items: a snapshot never changes, so one index per view serves every field of a step. */
const indexes = new WeakMap<FrozenView['preparation'], ReturnType<typeof itemIndex>>();

/** A field's frozen value (see fieldValue); a derived view (an older file without snapshot) shares live lists, so it is searched. */
function frozenValue(view: FrozenView, itemId: string | null, field: string) {
  if (view.derived || itemId === null) return fieldValue(view.preparation, itemId, field);
  let index = indexes.get(view.preparation);
  if (!index) indexes.set(view.preparation, (index = itemIndex(view.preparation)));
  return fieldValue(view.preparation, itemId, field, index);
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
