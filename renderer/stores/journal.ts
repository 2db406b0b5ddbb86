import type { AssessmentDocument } from '../../shared/model/document';

/** Unsaved edits of one document, as kept in the crash journal. */
export interface JournalEntry {
  /** The document's id (the journal's key). */
  id: string;
  /** The document as it stood when journaled. */
  document: AssessmentDocument;
  /** When it was journaled (ms since the epoch, the store's clock). */
  journaledAt: number;
  /** The `updatedAt` of the version on disk the edits were based on. */
  basedOn: string;
}

/**
 * Where unsaved edits survive a crash or a reload: IndexedDB in the page (indexeddb-journal.ts),
 * in memory in tests. One entry per document; a newer entry replaces the older one.
 */
export interface Journal {
  put(entry: JournalEntry): Promise<void>;
  get(id: string): Promise<JournalEntry | undefined>;
  remove(id: string): Promise<void>;
  /** The ids of every journaled document. */
  ids(): Promise<string[]>;
}

/** A journal in memory: for tests, and where the page has no IndexedDB (it then survives nothing). */
export class MemoryJournal implements Journal {
  readonly entries = new Map<string, JournalEntry>();

  async put(entry: JournalEntry): Promise<void> {
    this.entries.set(entry.id, structuredClone(entry));
  }

  async get(id: string): Promise<JournalEntry | undefined> {
    const entry = this.entries.get(id);
    return entry && structuredClone(entry);
  }

  async remove(id: string): Promise<void> {
    this.entries.delete(id);
  }

  async ids(): Promise<string[]> {
    return [...this.entries.keys()];
  }
}

/** Whether the journaled document says something else than the one on disk (the save time aside). */
export function differsFromDisk(journaled: AssessmentDocument, onDisk: AssessmentDocument): boolean {
  return canonical({ ...journaled, updatedAt: '' }) !== canonical({ ...onDisk, updatedAt: '' });
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
  for (const id of await journal.ids()) if (!keep.has(id)) await journal.remove(id);
}
