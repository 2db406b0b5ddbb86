/**
 * Plain copies and JSON text of the open document, made incrementally. MobX's toJS copies all of a
 * 12 MB document (10,000 effects) on every journal write, save and undo step: a second per
 * keystroke. Here each observable object or array has a cached copy (a kept-alive computed), so an
 * edit copies only the objects on the path from the root to what changed; the other objects are
 * the very same as in the previous copy (structural sharing). The copies are frozen, so nothing
 * can change them behind the cache's back, and their JSON text is kept per object (json-text.ts).
 */
import { computed, isObservableArray, isObservableObject, type IComputedValue } from 'mobx';

const copies = new WeakMap<object, IComputedValue<unknown>>();

/** A frozen plain copy of an observable tree (a plain value is returned as it is). Never change it: copy it first. */
export function snapshot<T>(value: T): T {
  if (value === null || typeof value !== 'object' || !(isObservableObject(value) || isObservableArray(value))) return value;
  let copy = copies.get(value);
  if (!copy) {
    copy = computed(() => copyOf(value), { keepAlive: true });
    copies.set(value, copy);
  }
  return copy.get() as T;
}

function copyOf(value: object): unknown {
  if (Array.isArray(value)) return Object.freeze(value.map((item: unknown) => snapshot(item)));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = snapshot((value as Record<string, unknown>)[key]);
  return Object.freeze(out);
}

/** Freezes a plain tree in place (a version on disk that is kept as it is), so its JSON text is kept too. */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  for (const item of Object.values(value)) deepFreeze(item);
  return Object.freeze(value);
}
