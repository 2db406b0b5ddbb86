/**
 * Whether the step on screen holds frozen expectations: StepFrame provides the frozen view on
 * such steps after the freeze; the fields read it and show frozen values read-only, with
 * "Bijstellen" (renderer/components/locked-field.tsx).
 */
import { createContext, useContext } from 'react';
import { fieldValue } from '../../shared/analysis/adjusted';
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
  if (!view) return null;
  return fieldValue(view.preparation, itemId ?? null, field) === undefined ? null : view;
}

/** Whether an item was frozen (its removal would change an expectation without an adjustment). */
export function isFrozenItem(view: FrozenView | null, itemId: string): boolean {
  return view !== null && fieldValue(view.preparation, itemId, 'id') !== undefined;
}
