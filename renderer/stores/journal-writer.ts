import type { Clock } from './clock';
import type { Journal, JournalEntry } from './journal';

/** An edit is in the journal this long after it was made, at the latest, also while the user keeps typing. */
export const JOURNAL_DELAY_MS = 250;

/**
 * Writes the open document's unsaved state to the journal: at most JOURNAL_DELAY_MS after an
 * edit (a throttle, not a debounce, so steady typing is journaled too), one operation at a time,
 * so a removal after a save is never overtaken by an older write. The journal is a safety net:
 * a failing journal never stops editing or saving.
 */
export class JournalWriter {
  private timer: unknown = null;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    readonly journal: Journal,
    private readonly clock: Clock,
    /** The entry to write now; null when nothing is open. */
    private readonly snapshot: () => JournalEntry | null,
    /** This tab's or window's id: its entries are its own. */
    readonly tab = '',
  ) {}

  /** After an edit: journal the document as it then stands, within JOURNAL_DELAY_MS. */
  schedule(): void {
    if (this.timer !== null) return;
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      this.writeNow();
    }, JOURNAL_DELAY_MS);
  }

  /** Journals a scheduled write at once (before the page goes away or another document opens). */
  flush(): void {
    if (this.timer === null) return;
    this.clock.clearTimeout(this.timer);
    this.timer = null;
    this.writeNow();
  }

  /** A save of the current state succeeded: nothing left to journal for this document (in this tab, unless another is named). */
  clear(id: string, tab = this.tab): void {
    if (tab === this.tab) this.cancel();
    this.enqueue(() => this.journal.remove(id, tab));
  }

  /** Journals the current state at once, e.g. a choice that must survive a reload although the document is saved. */
  writeSoon(): void {
    this.cancel();
    this.writeNow();
  }

  /** Forgets a scheduled write. */
  cancel(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  /** Resolves once every write and removal asked for so far has finished. */
  settled(): Promise<void> {
    return this.chain;
  }

  private writeNow(): void {
    const entry = this.snapshot();
    if (entry) this.enqueue(() => this.journal.put(entry));
  }

  private enqueue(operation: () => Promise<void>): void {
    this.chain = this.chain.then(operation).catch(() => undefined);
  }
}
