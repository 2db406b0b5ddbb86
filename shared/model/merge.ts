/**
 * A three-way merge of two edits of one document (base = the version both started from, mine,
 * theirs), by field and by item id: lists of items with an `id` merge item by item; a field
 * changed on one side only takes that side; a field changed on both sides to different values is
 * a conflict, resolved to one side (mine unless asked otherwise) and reported so the user can choose.
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

/** Which side a conflicting field takes in the merged value. */
export type Side = 'mine' | 'theirs';

interface Run {
  conflicts: MergeConflict[];
  prefer: Side;
}

/** Merges three versions of one value, recording conflicts under `path`. */
function mergeValue(base: unknown, mine: unknown, theirs: unknown, path: string, run: Run): unknown {
  if (jsonEqual(mine, theirs) || jsonEqual(base, theirs)) return mine;
  if (jsonEqual(base, mine)) return theirs;
  if (isObject(mine) && isObject(theirs) && (base === undefined || isObject(base))) {
    return mergeObjects(base ?? {}, mine, theirs, path, run);
  }
  if (isItemList(base) && Array.isArray(mine) && Array.isArray(theirs) && isItemList(mine) && isItemList(theirs)) {
    return mergeItems(base ?? [], mine, theirs, path, run);
  }
  run.conflicts.push({ path, mine, theirs });
  return run.prefer === 'mine' ? mine : theirs;
}

function mergeObjects(
  base: Record<string, unknown>,
  mine: Record<string, unknown>,
  theirs: Record<string, unknown>,
  path: string,
  run: Run,
): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs), ...Object.keys(base)])) {
    const value = mergeValue(base[key], mine[key], theirs[key], join(path, key), run);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/** Lists of items merge per id: in mine's order, with the items only theirs added at the end. */
function mergeItems(base: Item[], mine: Item[], theirs: Item[], path: string, run: Run): Item[] {
  const byId = (list: Item[]) => new Map(list.map((item) => [item.id, item]));
  const [b, m, t] = [byId(base), byId(mine), byId(theirs)];
  const ids = [...m.keys(), ...[...t.keys()].filter((id) => !m.has(id))];
  const merged: Item[] = [];
  for (const id of ids) {
    const value = mergeValue(b.get(id), m.get(id), t.get(id), join(path, id), run);
    if (value !== undefined) merged.push(value as Item);
  }
  return merged;
}

/** Merges mine and theirs, both edits of base, by field and by item id; conflicting fields take `prefer` (mine by default). */
export function mergeThreeWay<T>(base: T, mine: T, theirs: T, prefer: Side = 'mine'): MergeResult<T> {
  const run: Run = { conflicts: [], prefer };
  const merged = mergeValue(base, mine, theirs, '', run) as T;
  return { merged, conflicts: run.conflicts };
}

/** One step of a merge path into a value: a key of an object, or the id of an item in a list of items. */
function step(value: unknown, segment: string): unknown {
  if (Array.isArray(value)) return value.find((item) => isItem(item) && item.id === segment);
  return isObject(value) ? value[segment] : undefined;
}

/** The value at a merge path ("preparation.indicators.<id>.target"); undefined where it leads nowhere. */
export function valueAtPath(root: unknown, path: string): unknown {
  return path === '' ? root : path.split('.').reduce(step, root);
}

/**
 * Puts a value at a merge path, in place: `undefined` deletes the field or the item; an item missing
 * from its list is added at the end. Answers false (and changes nothing) where the path's parent is gone.
 */
export function setAtPath(root: unknown, path: string, value: unknown): boolean {
  const segments = path.split('.');
  const last = segments.pop()!;
  const parent = segments.reduce(step, root);
  if (Array.isArray(parent)) {
    const index = parent.findIndex((item) => isItem(item) && item.id === last);
    if (value === undefined) {
      if (index >= 0) parent.splice(index, 1);
    } else if (index >= 0) parent[index] = value;
    else parent.push(value);
    return true;
  }
  if (!isObject(parent)) return false;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return true;
}
