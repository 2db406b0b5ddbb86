/** The journal's IndexedDB writes, off the page's thread (see worker-journal.ts). */
import { IndexedDbJournal } from './indexeddb-journal';
import { PartsReceiver, type EntryParts } from './journal-parts';
import type { JournalCall, JournalReply } from './worker-journal';

const journal = new IndexedDbJournal();
const receiver = new PartsReceiver();
const methods = {
  putParts: (parts: EntryParts) => journal.putStored(receiver.join(parts)),
  get: (id: string, tab?: string) => journal.get(id, tab),
  list: (id: string) => journal.list(id),
  remove: (id: string, tab?: string) => journal.remove(id, tab),
  ids: () => journal.ids(),
};

self.onmessage = async (event: MessageEvent<JournalCall>) => {
  const { n, method, args } = event.data;
  let reply: JournalReply;
  try {
    const value: unknown = await (methods[method] as (...a: unknown[]) => Promise<unknown>)(...args);
    reply = { n, ok: true, value };
  } catch (err) {
    reply = { n, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(reply);
};
