import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Journal, JournalEntry } from './journal';

const DB_NAME = 'impactwijzer-journal';
const STORE = 'entries';

interface JournalDb extends DBSchema {
  entries: { key: string; value: JournalEntry };
}

/** The crash journal in the page's IndexedDB: it survives a crash of the backend, a reload and a restart of the page. */
export class IndexedDbJournal implements Journal {
  private db: Promise<IDBPDatabase<JournalDb>> | null = null;

  constructor(private readonly name = DB_NAME) {}

  private open(): Promise<IDBPDatabase<JournalDb>> {
    this.db ??= openDB<JournalDb>(this.name, 1, {
      upgrade(db) {
        db.createObjectStore(STORE, { keyPath: 'id' });
      },
    });
    return this.db;
  }

  async put(entry: JournalEntry): Promise<void> {
    await (await this.open()).put(STORE, entry);
  }

  async get(id: string): Promise<JournalEntry | undefined> {
    return (await this.open()).get(STORE, id);
  }

  async remove(id: string): Promise<void> {
    await (await this.open()).delete(STORE, id);
  }

  async ids(): Promise<string[]> {
    return (await this.open()).getAllKeys(STORE);
  }

  /** Closes the database (tests delete it afterwards). */
  async close(): Promise<void> {
    if (this.db) (await this.db).close();
    this.db = null;
  }
}
