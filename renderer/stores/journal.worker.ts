/** The journal's IndexedDB writes, off the page's thread (see worker-journal.ts). */
import { IndexedDbJournal } from './indexeddb-journal';
import type { JournalCall, JournalReply } from './worker-journal';

const journal = new IndexedDbJournal();

self.onmessage = async (event: MessageEvent<JournalCall>) => {
  const { n, method, args } = event.data;
  let reply: JournalReply;
  try {
    const value: unknown = await (journal[method] as (...a: unknown[]) => Promise<unknown>)(...args);
    reply = { n, ok: true, value };
  } catch (err) {
    reply = { n, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(reply);
};
