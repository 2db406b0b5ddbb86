import { makeAutoObservable, runInAction } from 'mobx';
import type { Backend, QuarantinedFile, SkippedFile, TrashedDocument } from '../../shared/api';
import { toBase64 } from '../../shared/base64';
import type { AssessmentDocument, DocumentSummary } from '../../shared/model/document';
import { MAX_DOCUMENT_BYTES } from '../../shared/model/limits';

/** Largest file the import accepts: the one document size limit (the backend checks again). */
export const MAX_IMPORT_BYTES = MAX_DOCUMENT_BYTES;

/** The documents in the workspace folder, the trash and the files set aside. */
export class WorkspaceStore {
  documents: DocumentSummary[] = [];
  quarantined: QuarantinedFile[] = [];
  /** Files in the folder that are not its documents (or could not be looked at): left exactly as they are. */
  skipped: SkippedFile[] = [];
  /** The folder refuses writes: documents can be read, and saved as a copy elsewhere. */
  readOnly = false;
  trash: TrashedDocument[] = [];
  loaded = false;

  constructor(private readonly backend: Backend) {
    makeAutoObservable<WorkspaceStore, 'backend' | 'inflight' | 'requested' | 'applied'>(this, {
      backend: false,
      inflight: false,
      requested: false,
      applied: false,
    });
  }

  private inflight: Promise<void> | null = null;
  private requested = 0;
  private applied = 0;

  /**
   * Reloads the list. With `share`, a load already under way is reused (start-up and the start
   * screen ask at the same moment); after a change the list is always fetched anew.
   */
  refresh(share = false): Promise<void> {
    if (share && this.inflight) return this.inflight;
    const seq = ++this.requested;
    const request = Promise.all([this.backend.workspaceList({}), this.backend.workspaceTrash({})])
      .then(([{ documents, quarantined, skipped, readOnly }, { documents: trash }]) =>
        runInAction(() => {
          // An older answer arriving after a newer one is dropped.
          if (seq < this.applied) return;
          this.applied = seq;
          this.documents = documents;
          this.quarantined = quarantined;
          this.skipped = skipped;
          this.readOnly = readOnly;
          this.trash = trash;
          this.loaded = true;
        }),
      )
      .finally(() => {
        if (this.inflight === request) this.inflight = null;
      });
    this.inflight = request;
    return request;
  }

  async create(title: string): Promise<AssessmentDocument> {
    const { document } = await this.backend.workspaceCreate({ title });
    await this.refresh();
    return document;
  }

  async duplicate(id: string): Promise<AssessmentDocument> {
    const { document } = await this.backend.workspaceDuplicate({ id });
    await this.refresh();
    return document;
  }

  async remove(id: string): Promise<void> {
    await this.backend.workspaceDelete({ id });
    await this.refresh();
  }

  async restore(id: string): Promise<DocumentSummary> {
    const { summary } = await this.backend.workspaceRestore({ id });
    await this.refresh();
    return summary;
  }

  async importFile(file: File): Promise<{ document: AssessmentDocument; migratedFrom: number | null }> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await this.backend.workspaceImport({ fileName: file.name.slice(0, 255), contentBase64: toBase64(bytes) });
    await this.refresh();
    return result;
  }

  exportJson(id: string): Promise<{ fileName: string; content: string }> {
    return this.backend.workspaceExport({ id });
  }

  async example(): Promise<AssessmentDocument> {
    const { document } = await this.backend.workspaceExample({});
    await this.refresh();
    return document;
  }
}
