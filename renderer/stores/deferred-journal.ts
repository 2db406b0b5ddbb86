/**
 * The crash journal, started only once `after` settles (boot.tsx: when the start screen is usable,
 * or at once when the page opens on a document). Its worker and IndexedDB cost the first paint
 * time (boot.tsx loads their code only then), and nothing is journaled before a document is open. Calls made before the start wait,
 * and reach the journal in the order they were made; after the start they go straight through.
 */
import type { Journal, JournalEntry } from './journal';

export class DeferredJournal implements Journal {
  private started: Journal | null = null;
  private readonly starting: Promise<Journal>;

  constructor(start: () => Journal | Promise<Journal>, after: Promise<unknown>) {
    this.starting = after.then(start).then((journal) => (this.started ??= journal));
  }

  /** Calls queued before the start and not yet passed on: while there are any, later calls queue behind them. */
  private waiting = 0;

  private use<T>(call: (journal: Journal) => Promise<T>): Promise<T> {
    if (this.started && this.waiting === 0) return call(this.started);
    this.waiting++;
    return this.starting.then((journal) => {
      this.waiting--;
      return call(journal);
    });
  }

  put(entry: JournalEntry): Promise<void> {
    return this.use((j) => j.put(entry));
  }
  get(id: string, tab?: string): Promise<JournalEntry | undefined> {
    return this.use((j) => j.get(id, tab));
  }
  list(id: string): Promise<JournalEntry[]> {
    return this.use((j) => j.list(id));
  }
  remove(id: string, tab?: string): Promise<void> {
    return this.use((j) => j.remove(id, tab));
  }
  ids(): Promise<string[]> {
    return this.use((j) => j.ids());
  }
}
