import { action, computed, makeObservable, observable, runInAction, toJS } from 'mobx';
import type { Backend } from '../../shared/api';
import type { ErrorInfo } from '../../shared/errors';
import { toErrorInfo } from '../backend';
import type { Finding } from '../../shared/analysis/findings';
import type { PhaseProgress } from '../../shared/analysis/progress';
import type { AssessmentDocument, Phase } from '../../shared/model/document';
import type { Side } from '../../shared/model/merge';
import { systemClock, type Clock } from './clock';
import { History } from './history';
import { MemoryJournal, type Journal } from './journal';
import { JournalWriter } from './journal-writer';
import { applyChoice, compareWithDisk } from './disk-sync';
import { DiskState } from './merge-on-conflict';
import { journalEntry, restoredDocument, sortEntries, type Recovery } from './recovery';
import { LiveAnalysis } from './live-analysis';
import { jsonOf } from './json-text';
import { deepFreeze, snapshot } from './snapshot';

export type SaveState = 'saved' | 'dirty' | 'saving' | 'error';
export type { Recovery };

/** Autosave waits this long after the last edit … */
export const AUTOSAVE_DELAY_MS = 600;
/** … but never longer than this after the first unsaved edit, so steady typing is saved too. */
export const AUTOSAVE_MAX_WAIT_MS = 3000;
/** A save that meets a newer version on disk merges and tries again, this many times at most. */
const MERGE_ATTEMPTS = 3;

/** The open assessment: its edits, undo/redo, autosave, and other writers' changes. Domain rules are read as computeds. */
export class AssessmentStore {
  document: AssessmentDocument | null = null;
  saveState: SaveState = 'saved';
  /** Why the last save failed, as a code (the toolbar chooses the words). */
  saveError: ErrorInfo | null = null;
  /** Bumped on undo/redo so uncontrolled views can re-read. */
  revision = 0;
  /** Unsaved edits of an earlier session (a crash or a reload), waiting for the user's choice; more wait behind it. */
  recovery: Recovery | null = null;
  /** The version on disk, and the fields where another writer and this window differ (the choice view). */
  readonly disk = new DiskState();
  private recoveries: Recovery[] = [];
  private timer: unknown = null;
  private writing: Promise<void> | null = null;
  private checking: Promise<void> | null = null;
  private dirtySince: number | null = null;
  private readonly history: History<AssessmentDocument>;
  private historyVersion = 0;
  private readonly journal: JournalWriter;
  private readonly analysis = new LiveAnalysis(() => this.document);

  constructor(
    private readonly backend: Backend,
    private readonly clock: Clock = systemClock,
    journal: Journal = new MemoryJournal(),
    /** This tab's or window's id: its journal entries are its own. */
    readonly tab = '',
  ) {
    // Snapshots share what an edit did not change, and their JSON text is kept: a step of undo costs the edit, not the document.
    this.history = new History<AssessmentDocument>(
      () => clock.now(),
      (d) => jsonOf(d)!,
    );
    this.journal = new JournalWriter(journal, clock, () => journalEntry(this.document, this.disk, tab, clock.now()), tab);
    makeObservable<AssessmentStore, 'historyVersion' | 'replace'>(this, {
      document: observable,
      saveState: observable,
      saveError: observable,
      revision: observable,
      recovery: observable,
      historyVersion: observable,
      findings: computed,
      progress: computed,
      canUndo: computed,
      canRedo: computed,
      unsaved: computed,
      edit: action,
      undo: action,
      redo: action,
      close: action,
      replace: action,
      adopt: action,
      restoreRecovery: action,
      discardRecovery: action,
    });
  }

  /** The critical friend's findings on the document as it is now. */
  get findings(): Finding[] {
    return this.analysis.findings();
  }

  get progress(): Record<Phase, PhaseProgress> | null {
    return this.document ? this.analysis.progress(this.document) : null;
  }

  get canUndo(): boolean {
    void this.historyVersion;
    return this.history.canUndo;
  }

  get canRedo(): boolean {
    void this.historyVersion;
    return this.history.canRedo;
  }

  async open(id: string): Promise<void> {
    this.journal.flush();
    await this.flush();
    // Never show the copy held from before while the file loads: what is typed into it would be replaced.
    runInAction(() => (this.document = null));
    const { document, revision } = await this.openOrForget(id);
    await this.journal.settled();
    const entries = await this.journal.journal.list(id).catch(() => []);
    const found = sortEntries(entries, document, this.tab);
    for (const { tab } of found.stale) this.journal.clear(id, tab);
    runInAction(() => {
      this.document = document;
      this.disk.loaded(deepFreeze(document), revision, found.choice);
      this.disk.tell(null);
      this.recoveries = found.recoveries;
      this.recovery = this.recoveries[0] ?? null;
      this.saveState = 'saved';
      this.history.clear();
      this.historyVersion++;
    });
  }

  /** Opens a document; when it no longer exists, its journal entry goes too. */
  private async openOrForget(id: string): ReturnType<Backend['workspaceOpen']> {
    try {
      return await this.backend.workspaceOpen({ id });
    } catch (err) {
      if (toErrorInfo(err).code === 'not-found') this.journal.clear(id);
      throw err;
    }
  }

  /** Applies the offered edits as one edit (so undo takes it back) and saves them (see restoredDocument). */
  async restoreRecovery(): Promise<void> {
    const recovery = this.recoveries.shift();
    if (!recovery || !this.document) return;
    this.recovery = this.recoveries[0] ?? null;
    this.history.record(() => snapshot(this.document!), 'journal-restore');
    this.replace(restoredDocument(recovery, toJS(this.document), this.disk));
    if (recovery.tab !== this.tab) this.journal.clear(this.document.id, recovery.tab);
    await this.flush();
  }

  /** Throws the offered edits away; they are not offered again. */
  discardRecovery(): void {
    const recovery = this.recoveries.shift();
    if (!recovery || !this.document) return;
    this.recovery = this.recoveries[0] ?? null;
    // Edits made since opening are journaled under this tab's key: those stay.
    if (recovery.tab !== this.tab || (!this.unsaved && !this.disk.choice)) this.journal.clear(this.document.id, recovery.tab);
  }

  /** Resolves once the journal has written what was asked of it so far (tests, and before leaving). */
  journalSettled(): Promise<void> {
    return this.journal.settled();
  }

  close(): void {
    this.journal.flush();
    this.document = null;
    this.recovery = null;
    this.recoveries = [];
    this.history.clear();
  }

  /**
   * Applies an edit and schedules the autosave. `key` names what is edited, so typing in one
   * field is a single undo step.
   */
  edit(key: string, change: (document: AssessmentDocument) => void): void {
    if (!this.document) return;
    this.history.record(() => snapshot(this.document!), key);
    change(this.document);
    this.historyVersion++;
    this.touch();
  }

  undo(): void {
    if (!this.document) return;
    const previous = this.history.undo(snapshot(this.document));
    if (previous) this.replace(previous);
  }

  redo(): void {
    if (!this.document) return;
    const next = this.history.redo(snapshot(this.document));
    if (next) this.replace(next);
  }

  private replace(document: AssessmentDocument): void {
    this.document = document;
    this.revision++;
    this.historyVersion++;
    this.touch();
  }

  private touch(): void {
    this.saveState = 'dirty';
    this.journal.schedule();
    const now = this.clock.now();
    this.dirtySince ??= now;
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(AUTOSAVE_DELAY_MS, this.dirtySince + AUTOSAVE_MAX_WAIT_MS - now));
    this.timer = this.clock.setTimeout(() => void this.save(), wait);
  }

  /** Whether anything is not yet on disk. */
  get unsaved(): boolean {
    return this.saveState === 'dirty' || this.saveState === 'saving' || this.saveState === 'error';
  }

  /** Saves now when anything is unsaved (before leaving, closing or quitting); returns once all is written. */
  async flush(): Promise<void> {
    this.journal.flush();
    if (this.timer !== null) {
      this.clock.clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.writing) await this.writing;
    if (this.document && (this.saveState === 'dirty' || this.saveState === 'error')) await this.save();
  }

  async save(): Promise<void> {
    if (!this.document) return;
    this.timer = null;
    this.dirtySince = null;
    // One write at a time: two writes in flight may land in either order, and the older
    // snapshot would overwrite the newer one on disk.
    while (this.writing) await this.writing;
    if (!this.document || this.saveState === 'saved') return;
    const writing = this.write(snapshot(this.document));
    this.writing = writing;
    await writing;
    if (this.writing === writing) this.writing = null;
  }

  /** The user chose, per conflicting field, which value stays: applied as one edit (undoable) and saved. */
  applyChoice(choices: Record<string, Side>): Promise<void> {
    return applyChoice(this, choices);
  }

  /** Looks whether the document changed on disk (another tab, window or program); see disk-sync.ts. */
  checkDisk(): Promise<void> {
    this.checking ??= compareWithDisk(this, this.backend).finally(() => (this.checking = null));
    return this.checking;
  }

  /** Resolves when no save is under way. */
  async writesSettled(): Promise<void> {
    while (this.writing) await this.writing;
  }

  /** Takes the version on disk as it is (no local edits): the new base, without an undo step. */
  adopt(document: AssessmentDocument, revision: number): void {
    this.document = document;
    this.disk.rebased(document, revision);
    this.revision++;
    this.history.clear();
    this.historyVersion++;
  }

  /** Another writer saved first: merges with the version on disk now (see DiskState.merge); null when the document changed meanwhile. */
  private async mergeWithDisk(id: string): Promise<AssessmentDocument | null> {
    const { document: theirs, revision } = await this.backend.workspaceOpen({ id });
    return runInAction(() => {
      if (!this.document || this.document.id !== id) return null;
      const { document, conflicts } = this.disk.merge(toJS(this.document), theirs, revision);
      this.document = document;
      if (conflicts === 0 && !this.disk.choiceShown) this.disk.tell('merged');
      this.revision++;
      this.historyVersion++;
      // The pending choice is journaled at once: it must survive a reload.
      if (this.disk.choice) this.journal.writeSoon();
      return toJS(this.document);
    });
  }

  private async write(snapshot: AssessmentDocument, attempts = MERGE_ATTEMPTS): Promise<void> {
    runInAction(() => (this.saveState = 'saving'));
    try {
      const { summary, revision } = await this.backend.workspaceSave({ document: snapshot, baseRevision: this.disk.revision });
      runInAction(() => {
        if (this.document && this.document.id === snapshot.id) {
          this.disk.saved(snapshot, summary.updatedAt, revision);
          this.document.updatedAt = summary.updatedAt;
          this.document.revision = revision;
        }
        // An edit made while saving keeps the store dirty; its own timer saves it (and journals it).
        if (this.saveState === 'saving') {
          this.saveState = 'saved';
          // A choice still waiting stays in the journal (with the saved document); else nothing is left to journal.
          if (this.disk.choice) this.journal.writeSoon();
          else this.journal.clear(snapshot.id);
        }
      });
    } catch (err) {
      if (attempts > 0 && toErrorInfo(err).code === 'conflict') {
        const merged = await this.mergeWithDisk(snapshot.id).catch(() => null);
        if (merged) return this.write(merged, attempts - 1);
      }
      runInAction(() => {
        this.saveState = 'error';
        this.saveError = toErrorInfo(err);
      });
    }
  }
}
