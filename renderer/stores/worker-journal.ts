/**
 * The crash journal in IndexedDB, written by a Web Worker: putting a 12 MB document into IndexedDB
 * holds the thread it runs on for a tenth of a second or more, four times a second while typing.
 * The page turns the entry into text (kept per unchanged part, json-text.ts) and hands the text
 * over; the worker writes it. Calls are answered in order. When the worker cannot start, the page
 * writes itself (IndexedDbJournal), so nothing journaled is lost.
 */
import type { Journal, JournalEntry } from './journal';
import { IndexedDbJournal } from './indexeddb-journal';
import { PartsSender } from './journal-parts';

type Method = 'putParts' | 'get' | 'list' | 'remove' | 'ids';
export interface JournalCall {
  n: number;
  method: Method;
  args: unknown[];
}
export type JournalReply = { n: number; ok: true; value: unknown } | { n: number; ok: false; message: string };

export class WorkerJournal implements Journal {
  private worker: Worker | null;
  private fallback: IndexedDbJournal | null = null;
  private readonly pending = new Map<number, { call: () => Promise<unknown>; done: (v: unknown) => void; fail: (e: Error) => void }>();
  private readonly sender = new PartsSender();
  private next = 0;

  constructor(start: () => Worker = () => new Worker(new URL('./journal.worker.ts', import.meta.url), { type: 'module' })) {
    try {
      this.worker = start();
      this.worker.onmessage = (event: MessageEvent<JournalReply>) => this.answer(event.data);
      this.worker.onerror = () => this.giveUp();
    } catch {
      this.worker = null;
    }
  }

  put(entry: JournalEntry): Promise<void> {
    if (!this.worker) return this.direct().put(entry);
    return this.call('putParts', [this.sender.split(entry)], () => this.direct().put(entry)) as Promise<void>;
  }
  get(id: string, tab?: string): Promise<JournalEntry | undefined> {
    return this.call('get', [id, tab], () => this.direct().get(id, tab)) as Promise<JournalEntry | undefined>;
  }
  list(id: string): Promise<JournalEntry[]> {
    return this.call('list', [id], () => this.direct().list(id)) as Promise<JournalEntry[]>;
  }
  remove(id: string, tab?: string): Promise<void> {
    return this.call('remove', [id, tab], () => this.direct().remove(id, tab)) as Promise<void>;
  }
  ids(): Promise<string[]> {
    return this.call('ids', [], () => this.direct().ids()) as Promise<string[]>;
  }

  /** Asks the worker; `direct` does the same on the page, when the worker cannot. */
  private call(method: Method, args: unknown[], direct: () => Promise<unknown>): Promise<unknown> {
    if (!this.worker) return direct();
    const n = this.next++;
    return new Promise((done, fail) => {
      this.pending.set(n, { call: direct, done, fail });
      this.worker!.postMessage({ n, method, args } satisfies JournalCall);
    });
  }

  private answer(reply: JournalReply): void {
    const waiting = this.pending.get(reply.n);
    if (!waiting) return;
    this.pending.delete(reply.n);
    if (reply.ok) waiting.done(reply.value);
    else waiting.fail(new Error(reply.message));
  }

  /** The worker failed to start or broke: what it had not answered, and all that follows, the page writes itself. */
  private giveUp(): void {
    this.worker?.terminate();
    this.worker = null;
    // In the order asked (a Map keeps insertion order), one after the other.
    const waiting = [...this.pending.values()];
    this.pending.clear();
    void waiting.reduce<Promise<unknown>>((chain, { call, done, fail }) => chain.then(() => call().then(done, fail)), Promise.resolve());
  }

  private direct(): IndexedDbJournal {
    return (this.fallback ??= new IndexedDbJournal());
  }
}
