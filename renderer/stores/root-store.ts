import { makeAutoObservable } from 'mobx';
import type { Backend, Language } from '../../shared/api';
import type { ErrorInfo } from '../../shared/errors';
import { toErrorInfo } from '../backend';
import { BROWSER_CAPABILITIES, type Capabilities } from '../platform';
import type { VersionsStore } from '../history/versions-store';
import type { AssessmentStore } from './assessment-store';
import { systemClock } from './clock';
import { ConnectionStore, watchConnection } from './connection';
import { MemoryJournal, type Journal } from './journal';
import { SettingsStore } from './settings-store';
import { WizardStore } from './wizard-store';
import { WorkspaceStore } from './workspace-store';

type DocumentPart = typeof import('./document-part');
let part: DocumentPart | null = null;
let loading: Promise<DocumentPart> | null = null;

/**
 * Loads the document part (document-part.ts: the assessment and versions stores with their analysis,
 * history and journal), once; a failed load is tried again on the next call.
 */
export function loadDocumentPart(): Promise<DocumentPart> {
  loading ??= import('./document-part').then(
    (loaded) => (part = loaded),
    (err: unknown) => {
      loading = null;
      throw err;
    },
  );
  return loading;
}

export type View = { name: 'start' } | { name: 'document'; id: string };

/** A message for the live region, or an error (as a code: the banner chooses the words) for the alert. */
export type Notice = { kind: 'status'; text: string } | { kind: 'error'; error: ErrorInfo };

/** The UI's navigation and notices. */
export class UiStore {
  view: View = { name: 'start' };
  notice: Notice | null = null;
  /** False until the user first moves to another screen. */
  navigated = false;
  /** The dialog shown over the current screen. */
  dialog: 'export-pdf' | 'export-word' | 'export-csv' | 'manual' | 'about' | 'history' | null = null;

  constructor() {
    makeAutoObservable(this);
  }

  show(view: View): void {
    this.view = view;
    this.navigated = true;
  }

  openDialog(dialog: UiStore['dialog']): void {
    this.dialog = dialog;
  }

  notify(notice: Notice | null): void {
    this.notice = notice;
  }
}

/** All stores of the renderer, made once at start-up. */
export class RootStore {
  readonly ui = new UiStore();
  readonly settings: SettingsStore;
  readonly workspace: WorkspaceStore;
  readonly wizard = new WizardStore();
  /** Whether the backend can be reached (every call through `backend` reports to it). */
  readonly connection = new ConnectionStore();
  readonly backend: Backend;

  constructor(
    backend: Backend,
    onLanguage: (language: Language) => void,
    /** What the platform can do (chosen once at start, renderer/platform.ts). */
    readonly capabilities: Capabilities = BROWSER_CAPABILITIES,
    /** Where unsaved edits survive a crash or reload (IndexedDB in the page). */
    readonly journal: Journal = new MemoryJournal(),
    /** This tab's or window's id (journal entries are kept per tab); a function: asked when a document first opens. */
    private readonly tab: string | (() => string) = '',
  ) {
    backend = watchConnection(backend, this.connection);
    this.backend = backend;
    this.settings = new SettingsStore(backend, onLanguage);
    this.workspace = new WorkspaceStore(backend);
  }

  private assessmentStore: AssessmentStore | null = null;
  private versionsStore: VersionsStore | null = null;

  /**
   * The open document, its history, journal and analysis: made on first use, once the document part
   * has loaded (`loadDocument`; the document view waits for it). The start screen needs none of it.
   */
  get assessment(): AssessmentStore {
    if (!part) throw new Error('RootStore.assessment before the document part loaded (await loadDocument())');
    const { AssessmentStore } = part;
    const tab = () => (typeof this.tab === 'string' ? this.tab : this.tab());
    return (this.assessmentStore ??= new AssessmentStore(this.backend, systemClock, this.journal, tab()));
  }

  /** The assessment store once a document view made it, else null: for code outside the document view (nothing open, nothing to save). */
  get openedAssessment(): AssessmentStore | null {
    return this.assessmentStore;
  }

  /** Loads the document part and gives the assessment store. */
  async loadDocument(): Promise<AssessmentStore> {
    await loadDocumentPart();
    return this.assessment;
  }

  /** "Eerdere versies" of the open document (renderer/history), made on first use (inside the document view). */
  get versions(): VersionsStore {
    if (!part) throw new Error('RootStore.versions before the document part loaded (await loadDocument())');
    return (this.versionsStore ??= new part.VersionsStore(this.backend, this.assessment));
  }

  /** Runs an action and turns a failure into an error notice. */
  async attempt<T>(action: () => Promise<T>): Promise<T | undefined> {
    try {
      return await action();
    } catch (err) {
      this.ui.notify({ kind: 'error', error: toErrorInfo(err) });
      return undefined;
    }
  }
}
