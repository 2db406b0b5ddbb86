import { openDB, type IDBPDatabase } from 'idb';
import type { AssessmentDocument } from '../../shared/model/document';
import type { Journal, JournalEntry } from './journal';
import { jsonOf } from './json-text';

const DB_NAME = 'impactwijzer-journal';
const STORE = 'entries';
/** Version 1 kept one entry per document; version 2 one per document and tab (key [id, tab]). */
const VERSION = 2;

/**
 * An entry as stored: the document and its base as JSON text (a 12 MB document is cloned into
 * IndexedDB as one string, its text kept between writes for what did not change, instead of as
 * 100,000 objects on every write). Entries written before hold them as objects; both are read.
 */
export type Stored = Omit<JournalEntry, 'document' | 'base'> & {
  tab: string;
  document?: AssessmentDocument;
  base?: AssessmentDocument;
  documentJson?: string;
  baseJson?: string;
};

export function stored(entry: JournalEntry): Stored {
  const { document, base, ...rest } = entry;
  return { ...rest, tab: entry.tab ?? '', documentJson: jsonOf(document), ...(base ? { baseJson: jsonOf(base) } : {}) };
}

function read(entry: Stored | undefined): JournalEntry | undefined {
  if (!entry) return undefined;
  const { documentJson, baseJson, ...rest } = entry;
  const document = documentJson !== undefined ? (JSON.parse(documentJson) as AssessmentDocument) : entry.document!;
  const base = baseJson !== undefined ? (JSON.parse(baseJson) as AssessmentDocument) : entry.base;
  return { ...rest, document, ...(base ? { base } : {}) };
}

/** The crash journal in the page's IndexedDB: it survives a crash of the backend, a reload and a restart of the page. */
export class IndexedDbJournal implements Journal {
  private db: Promise<IDBPDatabase> | null = null;

  constructor(private readonly name = DB_NAME) {}

  private open(): Promise<IDBPDatabase> {
    this.db ??= openDB(this.name, VERSION, {
      async upgrade(db, oldVersion, _newVersion, transaction) {
        // Entries of version 1 move over as the entries of tab '' (offered in every tab): nothing journaled is dropped.
        const kept: Stored[] = oldVersion >= 1 ? await transaction.objectStore(STORE).getAll() : [];
        if (oldVersion >= 1) db.deleteObjectStore(STORE);
        const store = db.createObjectStore(STORE, { keyPath: ['id', 'tab'] });
        for (const entry of kept) await store.put({ ...entry, tab: entry.tab ?? '' });
      },
    });
    return this.db;
  }

  async put(entry: JournalEntry): Promise<void> {
    await this.putStored(stored(entry));
  }

  /** Writes an entry already turned into text (by the page, for the worker: worker-journal.ts). */
  async putStored(entry: Stored): Promise<void> {
    await (await this.open()).put(STORE, entry);
  }

  async get(id: string, tab = ''): Promise<JournalEntry | undefined> {
    return read((await (await this.open()).get(STORE, [id, tab])) as Stored | undefined);
  }

  async list(id: string): Promise<JournalEntry[]> {
    const entries = (await (await this.open()).getAll(STORE, IDBKeyRange.bound([id, ''], [id, '\uffff']))) as Stored[];
    return entries.map((entry) => read(entry)!);
  }

  async remove(id: string, tab = ''): Promise<void> {
    await (await this.open()).delete(STORE, [id, tab]);
  }

  async ids(): Promise<string[]> {
    const keys = (await (await this.open()).getAllKeys(STORE)) as unknown as [string, string][];
    return [...new Set(keys.map(([id]) => id))];
  }

  /** Closes the database (tests delete it afterwards). */
  async close(): Promise<void> {
    if (this.db) (await this.db).close();
    this.db = null;
  }
}
