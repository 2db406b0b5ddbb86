import type { AssessmentDocument } from '../../shared/model/document';
import type { PendingChoice } from './merge-on-conflict';

/** Unsaved edits of one document in one tab or window, as kept in the crash journal. */
export interface JournalEntry {
  /** The document's id (with `tab`, the journal's key). */
  id: string;
  /** The tab or window that journaled it ('' where there is one writer): two tabs never overwrite each other's entry. */
  tab?: string;
  /** The document as it stood when journaled. */
  document: AssessmentDocument;
  /** When it was journaled (ms since the epoch, the store's clock). */
  journaledAt: number;
  /** The `updatedAt` of the version on disk the edits were based on. */
  basedOn: string;
  /** That version itself, when known: restoring merges three ways instead of replacing. */
  base?: AssessmentDocument;
  /** Fields where another writer's value and this tab's differ, waiting for the user's choice. */
  choice?: PendingChoice;
}

/**
 * Where unsaved edits survive a crash or a reload: IndexedDB in the page (indexeddb-journal.ts),
 * in memory in tests. One entry per document and tab; a newer entry replaces the older one.
 */
export interface Journal {
  put(entry: JournalEntry): Promise<void>;
  /** The entry of one document written by one tab ('' by default). */
  get(id: string, tab?: string): Promise<JournalEntry | undefined>;
  /** The entries of one document, of every tab. */
  list(id: string): Promise<JournalEntry[]>;
  remove(id: string, tab?: string): Promise<void>;
  /** The ids of every journaled document (each once). */
  ids(): Promise<string[]>;
}

/** A journal in memory: for tests, and where the page has no IndexedDB (it then survives nothing). */
export class MemoryJournal implements Journal {
  private readonly entries = new Map<string, JournalEntry>();
  private static key = (id: string, tab = '') => JSON.stringify([id, tab]);

  async put(entry: JournalEntry): Promise<void> {
    this.entries.set(MemoryJournal.key(entry.id, entry.tab), structuredClone(entry));
  }

  async get(id: string, tab = ''): Promise<JournalEntry | undefined> {
    const entry = this.entries.get(MemoryJournal.key(id, tab));
    return entry && structuredClone(entry);
  }

  async list(id: string): Promise<JournalEntry[]> {
    return [...this.entries.values()].filter((e) => e.id === id).map((e) => structuredClone(e));
  }

  async remove(id: string, tab = ''): Promise<void> {
    this.entries.delete(MemoryJournal.key(id, tab));
  }

  async ids(): Promise<string[]> {
    return [...new Set([...this.entries.values()].map((e) => e.id))];
  }
}

/** Whether the journaled document says something else than the one on disk (the save time and revision aside). */
export function differsFromDisk(journaled: AssessmentDocument, onDisk: AssessmentDocument): boolean {
  return canonical({ ...journaled, updatedAt: '', revision: 0 }) !== canonical({ ...onDisk, updatedAt: '', revision: 0 });
}

/** JSON with the keys of every object sorted: the same content in another key order is the same text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Drops the entries of documents that no longer exist. */
export async function dropOrphans(journal: Journal, existing: readonly string[]): Promise<void> {
  const keep = new Set(existing);
  for (const id of await journal.ids()) {
    if (!keep.has(id)) for (const entry of await journal.list(id)) await journal.remove(id, entry.tab);
  }
}

const TAB_KEY = 'impactwijzer.tab';

/**
 * This tab's id: kept in sessionStorage, so a reload of the tab keeps it (and finds its own journal
 * entries and pending choice), while another tab gets its own.
 */
export function tabId(storage: Pick<Storage, 'getItem' | 'setItem'>): string {
  try {
    const known = storage.getItem(TAB_KEY);
    if (known) return known;
    const id = crypto.randomUUID();
    storage.setItem(TAB_KEY, id);
    return id;
  } catch {
    return '';
  }
}
