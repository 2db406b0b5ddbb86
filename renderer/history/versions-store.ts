import { makeAutoObservable, runInAction } from 'mobx';
import type { Backend } from '../../shared/api';
import type { ErrorInfo } from '../../shared/errors';
import type { VersionInfo } from '../../shared/model/version-diff';
import { BackendCallError, toErrorInfo } from '../backend';
import { AssessmentStore } from '../stores/assessment-store';

/** A kept version shown read-only: its own store over a backend that never saves. */
export interface Viewing {
  info: VersionInfo;
  store: AssessmentStore;
}

/**
 * A backend for the read-only view: opening answers the version, saving is refused. Edits cannot
 * be made there (the view disables its fields), and even one that were made would never reach disk.
 */
function readOnlyBackend(backend: Backend, document: Awaited<ReturnType<Backend['historyOpen']>>['document']): Backend {
  return {
    ...backend,
    workspaceOpen: async () => ({ document, revision: document.revision ?? 0 }),
    workspaceSave: async () => {
      throw new BackendCallError({ code: 'read-only', params: {} });
    },
  };
}

/** "Eerdere versies": the kept versions of the open document, the one being viewed, and restoring one. */
export class VersionsStore {
  versions: VersionInfo[] | null = null;
  error: ErrorInfo | null = null;
  viewing: Viewing | null = null;
  busy = false;

  constructor(
    private readonly backend: Backend,
    private readonly assessment: AssessmentStore,
  ) {
    makeAutoObservable<VersionsStore, 'backend' | 'assessment'>(this, { backend: false, assessment: false });
  }

  /** Loads the list (after saving what is unsaved, so the newest version is the current content). */
  async load(id: string): Promise<void> {
    this.error = null;
    this.versions = null;
    try {
      await this.assessment.flush();
      const { versions } = await this.backend.historyList({ id });
      runInAction(() => (this.versions = versions));
    } catch (err) {
      runInAction(() => (this.error = toErrorInfo(err)));
    }
  }

  /** Opens a version read-only. */
  async view(id: string, info: VersionInfo): Promise<void> {
    this.error = null;
    try {
      const { document } = await this.backend.historyOpen({ id, revision: info.revision });
      const store = new AssessmentStore(readOnlyBackend(this.backend, document));
      await store.open(id);
      runInAction(() => (this.viewing = { info, store }));
    } catch (err) {
      runInAction(() => (this.error = toErrorInfo(err)));
      throw err;
    }
  }

  stopViewing(): void {
    this.viewing?.store.close();
    this.viewing = null;
  }

  /** Restores a version as a new revision and reloads the document; the content it replaces stays in the history. */
  async restore(id: string, revision: number): Promise<void> {
    this.busy = true;
    this.error = null;
    try {
      await this.assessment.flush();
      await this.backend.historyRestore({ id, revision });
      await this.assessment.open(id);
      runInAction(() => this.stopViewing());
    } catch (err) {
      runInAction(() => (this.error = toErrorInfo(err)));
      throw err;
    } finally {
      runInAction(() => (this.busy = false));
    }
  }
}
