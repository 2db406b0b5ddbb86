import { action, computed, makeObservable, observable, runInAction, toJS } from 'mobx';
import type { Backend } from '../../shared/api';
import type { ErrorInfo } from '../../shared/errors';
import { toErrorInfo } from '../backend';
import { critique, type Finding } from '../../shared/analysis/findings';
import { progress, type PhaseProgress } from '../../shared/analysis/progress';
import type { AssessmentDocument, Phase } from '../../shared/model/document';
import { mergeThreeWay } from '../../shared/model/merge';
import { systemClock, type Clock } from './clock';
import { History } from './history';
import { differsFromDisk, MemoryJournal, type Journal } from './journal';
import { JournalWriter } from './journal-writer';

export type SaveState = 'saved' | 'dirty' | 'saving' | 'error';

/** Unsaved edits found in the crash journal when the document was opened, offered back to the user. */
export interface Recovery {
  /** When they were journaled (ms since the epoch). */
  journaledAt: number;
  document: AssessmentDocument;
  /** The document on disk changed after the version these edits were based on. */
  stale: boolean;
}

/** Autosave waits this long after the last edit … */
export const AUTOSAVE_DELAY_MS = 600;
/** … but never longer than this after the first unsaved edit, so steady typing is saved too. */
export const AUTOSAVE_MAX_WAIT_MS = 3000;

/** The open assessment: its edits, undo/redo and autosave. Domain rules are read as computeds. */
export class AssessmentStore {
  document: AssessmentDocument | null = null;
  saveState: SaveState = 'saved';
  /** Why the last save failed, as a code (the toolbar chooses the words). */
  saveError: ErrorInfo | null = null;
  /** Bumped on undo/redo so uncontrolled views can re-read. */
  revision = 0;
  /** Unsaved edits of an earlier session (a crash or a reload), waiting for the user's choice. */
  recovery: Recovery | null = null;
  /** Fields both this window and another writer changed since the last save: this window's values were kept. */
  mergeConflicts: string[] = [];
  /** The revision on disk the next save is based on (from the open, then from each save). */
  private baseRevision = 0;
  /** The version on disk at that revision: the base of a three-way merge when another writer saved first. */
  private base: AssessmentDocument | null = null;
  private timer: unknown = null;
  private writing: Promise<void> | null = null;
  private dirtySince: number | null = null;
  private readonly history: History<AssessmentDocument>;
  private historyVersion = 0;
  private readonly journal: JournalWriter;

  constructor(
    private readonly backend: Backend,
    private readonly clock: Clock = systemClock,
    journal: Journal = new MemoryJournal(),
  ) {
    this.history = new History<AssessmentDocument>(() => clock.now());
    this.journal = new JournalWriter(journal, clock, () =>
      this.document
        ? { id: this.document.id, document: toJS(this.document), journaledAt: clock.now(), basedOn: this.document.updatedAt }
        : null,
    );
    makeObservable<AssessmentStore, 'historyVersion' | 'replace'>(this, {
      document: observable,
      saveState: observable,
      saveError: observable,
      revision: observable,
      recovery: observable,
      mergeConflicts: observable,
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
      dismissMergeConflicts: action,
      replace: action,
      restoreRecovery: action,
      discardRecovery: action,
    });
  }

  /** The critical friend's findings on the document as it is now. */
  get findings(): Finding[] {
    return this.document ? critique(this.document) : [];
  }

  get progress(): Record<Phase, PhaseProgress> | null {
    return this.document ? progress(this.document) : null;
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
    const { document, revision } = await this.openOrForget(id);
    const recovery = await this.recoveryFor(document);
    runInAction(() => {
      this.document = document;
      this.baseRevision = revision;
      this.base = document;
      this.mergeConflicts = [];
      this.recovery = recovery;
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

  /** What the journal holds for this document, when it differs from what is on disk. */
  private async recoveryFor(onDisk: AssessmentDocument): Promise<Recovery | null> {
    await this.journal.settled();
    const entry = await this.journal.journal.get(onDisk.id).catch(() => undefined);
    if (!entry) return null;
    if (!differsFromDisk(entry.document, onDisk)) {
      this.journal.clear(onDisk.id);
      return null;
    }
    return { journaledAt: entry.journaledAt, document: entry.document, stale: entry.basedOn !== onDisk.updatedAt };
  }

  /** Applies the offered edits as one edit (so undo takes it back) and saves them. */
  async restoreRecovery(): Promise<void> {
    const recovery = this.recovery;
    if (!recovery || !this.document) return;
    this.recovery = null;
    this.history.record(() => toJS(this.document!), 'journal-restore');
    // Based on the version on disk now, so the save follows it instead of an older one.
    this.replace({ ...recovery.document, id: this.document.id, updatedAt: this.document.updatedAt });
    await this.flush();
  }

  /** Throws the offered edits away; they are not offered again. */
  discardRecovery(): void {
    if (!this.recovery || !this.document) return;
    this.recovery = null;
    // Edits made since opening are journaled under the same key: those stay.
    if (!this.unsaved) this.journal.clear(this.document.id);
  }

  /** Resolves once the journal has written what was asked of it so far (tests, and before leaving). */
  journalSettled(): Promise<void> {
    return this.journal.settled();
  }

  close(): void {
    this.journal.flush();
    this.document = null;
    this.recovery = null;
    this.history.clear();
  }

  /**
   * Applies an edit and schedules the autosave. `key` names what is edited, so typing in one
   * field is a single undo step.
   */
  edit(key: string, change: (document: AssessmentDocument) => void): void {
    if (!this.document) return;
    this.history.record(() => toJS(this.document!), key);
    change(this.document);
    this.historyVersion++;
    this.touch();
  }

  undo(): void {
    if (!this.document) return;
    const previous = this.history.undo(toJS(this.document));
    if (previous) this.replace(previous);
  }

  redo(): void {
    if (!this.document) return;
    const next = this.history.redo(toJS(this.document));
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
    const writing = this.write(toJS(this.document));
    this.writing = writing;
    await writing;
    if (this.writing === writing) this.writing = null;
  }

  /** Hides the notice about conflicting fields. */
  dismissMergeConflicts(): void {
    this.mergeConflicts = [];
  }

  /**
   * Another writer saved first: merges three ways (base = the version loaded, mine = this window's
   * document now, theirs = the version on disk) and saves the result on their revision. Fields both
   * sides changed keep this window's value and are listed in `mergeConflicts`.
   */
  private async mergeWithDisk(id: string): Promise<AssessmentDocument | null> {
    const { document: theirs, revision } = await this.backend.workspaceOpen({ id });
    return runInAction(() => {
      if (!this.document || this.document.id !== id || !this.base) return null;
      const { merged, conflicts } = mergeThreeWay(withoutStamps(this.base), withoutStamps(toJS(this.document)), withoutStamps(theirs));
      this.document = { ...merged, updatedAt: theirs.updatedAt } as AssessmentDocument;
      this.base = theirs;
      this.baseRevision = revision;
      this.mergeConflicts = [...new Set([...this.mergeConflicts, ...conflicts.map((c) => c.path)])];
      this.historyVersion++;
      return toJS(this.document);
    });
  }

  private async write(snapshot: AssessmentDocument, mayMerge = true): Promise<void> {
    runInAction(() => (this.saveState = 'saving'));
    try {
      const { summary, revision } = await this.backend.workspaceSave({ document: snapshot, baseRevision: this.baseRevision });
      runInAction(() => {
        if (this.document && this.document.id === snapshot.id) {
          this.baseRevision = revision;
          this.base = { ...snapshot, updatedAt: summary.updatedAt, revision };
          this.document.updatedAt = summary.updatedAt;
        }
        // An edit made while saving keeps the store dirty; its own timer saves it (and journals it).
        if (this.saveState === 'saving') {
          this.saveState = 'saved';
          this.journal.clear(snapshot.id);
        }
      });
    } catch (err) {
      if (mayMerge && toErrorInfo(err).code === 'conflict') {
        const merged = await this.mergeWithDisk(snapshot.id).catch(() => null);
        if (merged) return this.write(merged, false);
      }
      runInAction(() => {
        this.saveState = 'error';
        this.saveError = toErrorInfo(err);
      });
    }
  }
}

/** A document without what only the disk decides (when it was saved, its revision): those never conflict. */
function withoutStamps(document: AssessmentDocument): Omit<AssessmentDocument, 'updatedAt' | 'revision'> {
  const copy: Partial<AssessmentDocument> = { ...document };
  delete copy.updatedAt;
  delete copy.revision;
  return copy as Omit<AssessmentDocument, 'updatedAt' | 'revision'>;
}
