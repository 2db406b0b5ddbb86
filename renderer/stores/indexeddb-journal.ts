import { openDB, type IDBPDatabase } from 'idb';
import type { Journal, JournalEntry } from './journal';

const DB_NAME = 'impactwijzer-journal';
const STORE = 'entries';
/** Version 1 kept one entry per document; version 2 one per document and tab (key [id, tab]). */
const VERSION = 2;

type Stored = JournalEntry & { tab: string };

/** The crash journal in the page's IndexedDB: it survives a crash of the backend, a reload and a restart of the page. */
export class IndexedDbJournal implements Journal {
  private db: Promise<IDBPDatabase> | null = null;

  constructor(private readonly name = DB_NAME) {}

  private open(): Promise<IDBPDatabase> {
    this.db ??= openDB(this.name, VERSION, {
      async upgrade(db, oldVersion, _newVersion, transaction) {
        // Entries of version 1 move over as the entries of tab '' (offered in every tab): nothing journaled is dropped.
        const kept: JournalEntry[] = oldVersion >= 1 ? await transaction.objectStore(STORE).getAll() : [];
        if (oldVersion >= 1) db.deleteObjectStore(STORE);
        const store = db.createObjectStore(STORE, { keyPath: ['id', 'tab'] });
        for (const entry of kept) await store.put({ ...entry, tab: entry.tab ?? '' });
      },
    });
    return this.db;
  }

  async put(entry: JournalEntry): Promise<void> {
    await (await this.open()).put(STORE, { ...entry, tab: entry.tab ?? '' } satisfies Stored);
  }

  async get(id: string, tab = ''): Promise<JournalEntry | undefined> {
    return (await this.open()).get(STORE, [id, tab]) as Promise<Stored | undefined>;
  }

  async list(id: string): Promise<JournalEntry[]> {
    return (await this.open()).getAll(STORE, IDBKeyRange.bound([id, ''], [id, '\uffff'])) as Promise<Stored[]>;
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
