/**
 * The crash journal in IndexedDB, written by a Web Worker: putting a 12 MB document into IndexedDB
 * holds the thread it runs on for a tenth of a second or more, four times a second while typing.
 * The page turns the entry into text (kept per unchanged part, json-text.ts) and hands the text
 * over; the worker writes it. Calls are answered in order. When the worker cannot start, the page
 * writes itself (IndexedDbJournal), so nothing journaled is lost.
 */
import type { Journal, JournalEntry } from './journal';
import { IndexedDbJournal, stored } from './indexeddb-journal';

type Method = 'putStored' | 'get' | 'list' | 'remove' | 'ids';
export interface JournalCall {
  n: number;
  method: Method;
  args: unknown[];
}
export type JournalReply = { n: number; ok: true; value: unknown } | { n: number; ok: false; message: string };

export class WorkerJournal implements Journal {
  private worker: Worker | null;
  private fallback: IndexedDbJournal | null = null;
  private readonly pending = new Map<number, { call: JournalCall; done: (v: unknown) => void; fail: (e: Error) => void }>();
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
    return this.call('putStored', [stored(entry)]) as Promise<void>;
  }
  get(id: string, tab?: string): Promise<JournalEntry | undefined> {
    return this.call('get', [id, tab]) as Promise<JournalEntry | undefined>;
  }
  list(id: string): Promise<JournalEntry[]> {
    return this.call('list', [id]) as Promise<JournalEntry[]>;
  }
  remove(id: string, tab?: string): Promise<void> {
    return this.call('remove', [id, tab]) as Promise<void>;
  }
  ids(): Promise<string[]> {
    return this.call('ids', []) as Promise<string[]>;
  }

  private call(method: Method, args: unknown[]): Promise<unknown> {
    if (!this.worker) return this.direct({ n: -1, method, args });
    const call = { n: this.next++, method, args };
    return new Promise((done, fail) => {
      this.pending.set(call.n, { call, done, fail });
      this.worker!.postMessage(call);
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
    const waiting = [...this.pending.values()].sort((a, b) => a.call.n - b.call.n);
    this.pending.clear();
    for (const { call, done, fail } of waiting) this.direct(call).then(done, fail);
  }

  private direct(call: JournalCall): Promise<unknown> {
    this.fallback ??= new IndexedDbJournal();
    const journal = this.fallback as unknown as Record<Method, (...a: unknown[]) => Promise<unknown>>;
    return journal[call.method](...call.args);
  }
}
