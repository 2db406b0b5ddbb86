/**
 * A three-way merge of two edits of one document (base = the version both started from, mine,
 * theirs), by field and by item id: lists of items with an `id` merge item by item; a field
 * changed on one side only takes that side; a field changed on both sides to different values is
 * a conflict, resolved to mine and reported so the user can be told.
 */

/** One field both sides changed to different values (`undefined` on a side: the item was deleted there). */
export interface MergeConflict {
  path: string;
  mine: unknown;
  theirs: unknown;
}

/** The merged value (conflicts resolved to mine) and the conflicts. */
export interface MergeResult<T> {
  merged: T;
  conflicts: MergeConflict[];
}

type Item = { id: string } & Record<string, unknown>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const isItem = (value: unknown): value is Item => isObject(value) && typeof value.id === 'string';

/** Whether a value is absent or a list of items with ids. */
const isItemList = (value: unknown): value is Item[] | undefined => value === undefined || (Array.isArray(value) && value.every(isItem));

/** Deep equality of JSON values. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a).filter((k) => a[k] !== undefined);
    return keys.length === Object.keys(b).filter((k) => b[k] !== undefined).length && keys.every((k) => jsonEqual(a[k], b[k]));
  }
  return false;
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** Merges three versions of one value, recording conflicts under `path`. */
function mergeValue(base: unknown, mine: unknown, theirs: unknown, path: string, conflicts: MergeConflict[]): unknown {
  if (jsonEqual(mine, theirs) || jsonEqual(base, theirs)) return mine;
  if (jsonEqual(base, mine)) return theirs;
  if (isObject(mine) && isObject(theirs) && (base === undefined || isObject(base))) {
    return mergeObjects(base ?? {}, mine, theirs, path, conflicts);
  }
  if (isItemList(base) && Array.isArray(mine) && Array.isArray(theirs) && isItemList(mine) && isItemList(theirs)) {
    return mergeItems(base ?? [], mine, theirs, path, conflicts);
  }
  conflicts.push({ path, mine, theirs });
  return mine;
}

function mergeObjects(
  base: Record<string, unknown>,
  mine: Record<string, unknown>,
  theirs: Record<string, unknown>,
  path: string,
  conflicts: MergeConflict[],
): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs), ...Object.keys(base)])) {
    const value = mergeValue(base[key], mine[key], theirs[key], join(path, key), conflicts);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/** Lists of items merge per id: in mine's order, with the items only theirs added at the end. */
function mergeItems(base: Item[], mine: Item[], theirs: Item[], path: string, conflicts: MergeConflict[]): Item[] {
  const byId = (list: Item[]) => new Map(list.map((item) => [item.id, item]));
  const [b, m, t] = [byId(base), byId(mine), byId(theirs)];
  const ids = [...m.keys(), ...[...t.keys()].filter((id) => !m.has(id))];
  const merged: Item[] = [];
  for (const id of ids) {
    const value = mergeValue(b.get(id), m.get(id), t.get(id), join(path, id), conflicts);
    if (value !== undefined) merged.push(value as Item);
  }
  return merged;
}

/** Merges mine and theirs, both edits of base, by field and by item id; conflicting fields keep mine. */
export function mergeThreeWay<T>(base: T, mine: T, theirs: T): MergeResult<T> {
  const conflicts: MergeConflict[] = [];
  const merged = mergeValue(base, mine, theirs, '', conflicts) as T;
  return { merged, conflicts };
}
