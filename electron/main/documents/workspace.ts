import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { BackendError } from '../../../shared/api';
import {
  AssessmentDocument,
  DocumentId,
  SCHEMA_VERSION,
  type DocumentSummary,
} from '../../../shared/model/document';

/** Effects the workspace needs, injected so tests run it on a real temp folder. */
export interface WorkspaceDeps {
  /** The folder that holds one JSON file per assessment. */
  dir: string;
  now?: () => Date;
  newId?: () => string;
}

/** The workspace: one JSON file per assessment in one folder. */
export interface Workspace {
  readonly dir: string;
  list(): Promise<DocumentSummary[]>;
  create(title: string): Promise<AssessmentDocument>;
  open(id: string): Promise<AssessmentDocument>;
  save(document: AssessmentDocument): Promise<DocumentSummary>;
  remove(id: string): Promise<void>;
}

/** The summary the list shows of a document. */
export function summarize(document: AssessmentDocument): DocumentSummary {
  return {
    id: document.id,
    title: document.context.title,
    phase: document.context.phase,
    updatedAt: document.updatedAt,
  };
}

function fileOf(dir: string, id: string): string {
  // The id schema forbids separators and dots; parse again so no caller can slip one through.
  return join(dir, `${DocumentId.parse(id)}.json`);
}

async function readDocument(path: string): Promise<AssessmentDocument> {
  const text = await readFile(path, 'utf8');
  return AssessmentDocument.parse(JSON.parse(text));
}

/** Creates the workspace over a folder (the folder is made when missing). */
export function createWorkspace(deps: WorkspaceDeps): Workspace {
  const { dir } = deps;
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? (() => crypto.randomUUID());

  async function ensureDir(): Promise<void> {
    await mkdir(dir, { recursive: true });
  }

  async function write(document: AssessmentDocument): Promise<void> {
    await ensureDir();
    await writeFileAtomic(fileOf(dir, document.id), `${JSON.stringify(document, null, 2)}\n`, { encoding: 'utf8' });
  }

  return {
    dir,

    async list() {
      await ensureDir();
      const names = (await readdir(dir)).filter((name) => name.endsWith('.json'));
      const summaries: DocumentSummary[] = [];
      for (const name of names) {
        try {
          summaries.push(summarize(await readDocument(join(dir, name))));
        } catch {
          // Unreadable files are left alone here; they never break the list.
        }
      }
      return summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    },

    async create(title) {
      const stamp = now().toISOString();
      const document: AssessmentDocument = {
        schemaVersion: SCHEMA_VERSION,
        id: newId(),
        createdAt: stamp,
        updatedAt: stamp,
        context: { title: title.trim(), organisation: '', phase: 'preparation', language: 'nl' },
      };
      await write(document);
      return document;
    },

    async open(id) {
      try {
        return await readDocument(fileOf(dir, id));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
          throw new BackendError('not-found', 'Deze beoordeling bestaat niet (meer) in de werkmap.');
        }
        throw new BackendError('io', 'Deze beoordeling kon niet worden gelezen.');
      }
    },

    async save(document) {
      const saved = { ...document, updatedAt: now().toISOString() };
      await write(saved);
      return summarize(saved);
    },

    async remove(id) {
      try {
        await rm(fileOf(dir, id));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
          throw new BackendError('not-found', 'Deze beoordeling bestaat niet (meer) in de werkmap.');
        }
        throw err;
      }
    },
  };
}
