/**
 * Derived data kept per object (a list, a document): a kept-alive MobX computed, so it is made once
 * and made again only when what it read changes (an item added or removed, an id changed), not per
 * row, per field or per render. Observers that read it depend on one value, not on every item.
 */
import { computed, type IComputedValue } from 'mobx';

export function kept<K extends object, V>(cache: WeakMap<K, IComputedValue<V>>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (!value) cache.set(key, (value = computed(make, { keepAlive: true })));
  return value.get();
}
