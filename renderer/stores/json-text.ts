/** JSON text of plain data, kept per frozen object: see snapshot.ts. */
const texts = new WeakMap<object, string>();

/**
 * JSON.stringify(value) for plain data (no cycles), with the text of every frozen object kept: for
 * snapshots, only the objects an edit copied are written again.
 */
export function jsonOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return JSON.stringify(value);
  const known = texts.get(value);
  if (known !== undefined) return known;
  let text: string;
  if (Array.isArray(value)) text = `[${value.map((item: unknown) => jsonOf(item) ?? 'null').join(',')}]`;
  else {
    const parts: string[] = [];
    for (const [key, item] of Object.entries(value)) {
      const json = typeof item === 'function' || typeof item === 'symbol' ? undefined : jsonOf(item);
      if (json !== undefined) parts.push(`${JSON.stringify(key)}:${json}`);
    }
    text = `{${parts.join(',')}}`;
  }
  if (Object.isFrozen(value)) texts.set(value, text);
  return text;
}
