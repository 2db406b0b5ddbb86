import { computed, type IComputedValue } from 'mobx';

const cache = new WeakMap<object, Map<unknown, IComputedValue<unknown>>>();

/**
 * `derive(source)` computed once per version of what it reads: a kept-alive MobX computed per source
 * object and function. A step reads its indexes (measurements by indicator, final values by
 * indicator, …) here, so navigating to it again, or an edit elsewhere, does not rebuild them; an edit
 * of what they read does. `derive` must be pure (a module-level function, so the cache key is stable).
 */
export function perVersion<S extends object, T>(source: S, derive: (source: S) => T): T {
  let byDerive = cache.get(source);
  if (!byDerive) cache.set(source, (byDerive = new Map()));
  let value = byDerive.get(derive);
  if (!value) byDerive.set(derive, (value = computed(() => derive(source), { keepAlive: true })));
  return value.get() as T;
}
