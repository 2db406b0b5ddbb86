import { makeAutoObservable, runInAction } from 'mobx';
import type { Backend } from '../../shared/api';
import type { AssessmentDocument, DocumentSummary } from '../../shared/model/document';

/** The documents in the workspace folder. */
export class WorkspaceStore {
  documents: DocumentSummary[] = [];
  loaded = false;

  constructor(private readonly backend: Backend) {
    makeAutoObservable<WorkspaceStore, 'backend'>(this, { backend: false });
  }

  async refresh(): Promise<void> {
    const { documents } = await this.backend.workspaceList({});
    runInAction(() => {
      this.documents = documents;
      this.loaded = true;
    });
  }

  async create(title: string): Promise<AssessmentDocument> {
    const { document } = await this.backend.workspaceCreate({ title });
    await this.refresh();
    return document;
  }

  async remove(id: string): Promise<void> {
    await this.backend.workspaceDelete({ id });
    runInAction(() => {
      this.documents = this.documents.filter((d) => d.id !== id);
    });
  }
}
