import { makeAutoObservable, runInAction } from 'mobx';
import type { Backend } from '../../shared/api';
import type { AssessmentDocument } from '../../shared/model/document';

export type SaveState = 'saved' | 'dirty' | 'saving' | 'error';

/** Autosave waits this long after the last edit. */
export const AUTOSAVE_DELAY_MS = 600;

/** The open assessment: its edits and its autosave. */
export class AssessmentStore {
  document: AssessmentDocument | null = null;
  saveState: SaveState = 'saved';
  saveError = '';
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly backend: Backend) {
    makeAutoObservable<AssessmentStore, 'backend' | 'timer'>(this, { backend: false, timer: false });
  }

  async open(id: string): Promise<void> {
    await this.flush();
    const { document } = await this.backend.workspaceOpen({ id });
    runInAction(() => {
      this.document = document;
      this.saveState = 'saved';
    });
  }

  close(): void {
    this.document = null;
  }

  /** Applies an edit and schedules the autosave. */
  edit(change: (document: AssessmentDocument) => void): void {
    if (!this.document) return;
    change(this.document);
    this.saveState = 'dirty';
    this.schedule();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), AUTOSAVE_DELAY_MS);
  }

  /** Saves now when anything is unsaved. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.document && (this.saveState === 'dirty' || this.saveState === 'error')) await this.save();
  }

  async save(): Promise<void> {
    if (!this.document) return;
    this.timer = null;
    const snapshot = JSON.parse(JSON.stringify(this.document)) as AssessmentDocument;
    this.saveState = 'saving';
    try {
      const { summary } = await this.backend.workspaceSave({ document: snapshot });
      runInAction(() => {
        if (this.document) this.document.updatedAt = summary.updatedAt;
        // An edit made while saving keeps the store dirty; it is saved on the next round.
        if (this.saveState === 'saving') this.saveState = 'saved';
      });
    } catch (err) {
      runInAction(() => {
        this.saveState = 'error';
        this.saveError = (err as Error).message;
      });
    }
  }
}
