/**
 * A journal entry handed to the worker in parts: the document and its base as the JSON text of each
 * top-level field, and of those only the ones that differ from what was handed over before for the
 * same document and tab (while typing in "Lessen", the evaluation; not the 12 MB of effects again).
 */
import type { JournalEntry } from './journal';
import { jsonOf } from './json-text';
import type { Stored } from './indexeddb-journal';

/** Per top-level field its text, or null: the same as handed over last time. */
export type Parts = [key: string, text: string | null][];
export interface EntryParts {
  rest: Omit<JournalEntry, 'document' | 'base'>;
  document: Parts;
  base: Parts | null;
}

type Known = Map<string, { document: Map<string, string>; base: Map<string, string> }>;
const slot = (known: Known, rest: EntryParts['rest']) => {
  const key = JSON.stringify([rest.id, rest.tab ?? '']);
  let found = known.get(key);
  if (!found) known.set(key, (found = { document: new Map(), base: new Map() }));
  return found;
};

function split(value: object, before: Map<string, string>): Parts {
  const parts: Parts = [];
  for (const [key, item] of Object.entries(value)) {
    const text = jsonOf(item);
    if (text === undefined) continue;
    parts.push([key, before.get(key) === text ? null : text]);
    before.set(key, text);
  }
  return parts;
}

function join(parts: Parts, before: Map<string, string>): string {
  const out: string[] = [];
  for (const [key, text] of parts) {
    if (text !== null) before.set(key, text);
    out.push(`${JSON.stringify(key)}:${before.get(key)!}`);
  }
  return `{${out.join(',')}}`;
}

/** The page's side: remembers what it handed over. */
export class PartsSender {
  private readonly known: Known = new Map();
  split(entry: JournalEntry): EntryParts {
    const { document, base, ...rest } = entry;
    const known = slot(this.known, rest);
    return { rest, document: split(document, known.document), base: base ? split(base, known.base) : null };
  }
}

/** The worker's side: rebuilds the entry's texts from the parts and what came before. */
export class PartsReceiver {
  private readonly known: Known = new Map();
  join(parts: EntryParts): Stored {
    const known = slot(this.known, parts.rest);
    return {
      ...parts.rest,
      tab: parts.rest.tab ?? '',
      documentJson: join(parts.document, known.document),
      ...(parts.base ? { baseJson: join(parts.base, known.base) } : {}),
    };
  }
}
