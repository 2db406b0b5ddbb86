/**
 * Items told apart by number within their group (two effects of one option on one theme: "Wonen,
 * effect 2"), in one pass over the list: per item, its number in list order among the items of its
 * group, and how many the group holds. An item of no listed group: number 0 of 0.
 */
export function numberedInGroups<T extends { id: string }>(items: readonly T[], group: (item: T) => string) {
  const counts = new Map<string, number>();
  const numbers = new Map<string, number>();
  for (const item of items) {
    const key = group(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    numbers.set(item.id, counts.get(key)!);
  }
  return (item: T): { n: number; of: number } => ({ n: numbers.get(item.id) ?? 0, of: counts.get(group(item)) ?? 0 });
}
