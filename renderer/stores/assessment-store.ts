import { action, computed, makeObservable, observable, runInAction, toJS } from 'mobx';
import type { Backend } from '../../shared/api';
import type { ErrorInfo } from '../../shared/errors';
import { toErrorInfo } from '../backend';
import { critique, type Finding } from '../../shared/analysis/findings';
import { progress, type PhaseProgress } from '../../shared/analysis/progress';
import type { AssessmentDocument, Phase } from '../../shared/model/document';
import { systemClock, type Clock } from './clock';
import { History } from './history';

export type SaveState = 'saved' | 'dirty' | 'saving' | 'error';

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
  private timer: unknown = null;
  private writing: Promise<void> | null = null;
  private dirtySince: number | null = null;
  private readonly history: History<AssessmentDocument>;
  private historyVersion = 0;

  constructor(
    private readonly backend: Backend,
    private readonly clock: Clock = systemClock,
  ) {
    this.history = new History<AssessmentDocument>(() => clock.now());
    makeObservable<AssessmentStore, 'historyVersion' | 'replace'>(this, {
      document: observable,
      saveState: observable,
      saveError: observable,
      revision: observable,
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
    await this.flush();
    const { document } = await this.backend.workspaceOpen({ id });
    runInAction(() => {
      this.document = document;
      this.saveState = 'saved';
      this.history.clear();
      this.historyVersion++;
    });
  }

  close(): void {
    this.document = null;
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

  private async write(snapshot: AssessmentDocument): Promise<void> {
    runInAction(() => (this.saveState = 'saving'));
    try {
      const { summary } = await this.backend.workspaceSave({ document: snapshot });
      runInAction(() => {
        if (this.document && this.document.id === snapshot.id) this.document.updatedAt = summary.updatedAt;
        // An edit made while saving keeps the store dirty; its own timer saves it.
        if (this.saveState === 'saving') this.saveState = 'saved';
      });
    } catch (err) {
      runInAction(() => {
        this.saveState = 'error';
        this.saveError = toErrorInfo(err);
      });
    }
  }
}
