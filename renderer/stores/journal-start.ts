/**
 * The crash journal's real storage, loaded only when the journal starts (deferred-journal.ts): a
 * worker over IndexedDB where the page has both, IndexedDB on the page where it has no workers,
 * memory where it has neither (it then survives nothing).
 */
import { IndexedDbJournal } from './indexeddb-journal';
import { MemoryJournal, type Journal } from './journal';
import { WorkerJournal } from './worker-journal';

export function startJournal(): Journal {
  return typeof indexedDB === 'undefined'
    ? new MemoryJournal()
    : typeof Worker === 'undefined'
      ? new IndexedDbJournal()
      : new WorkerJournal();
}
