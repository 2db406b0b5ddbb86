import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { QuarantinedFile, TrashedDocument } from '../../../shared/api';
import { BackendError } from '../../../shared/errors';
import { newDocument, type AssessmentDocument, type DocumentSummary } from '../../../shared/model/document';
import { LoadError, parseDocumentBytes } from '../../../shared/model/load';
import { documentBytes } from '../../../shared/model/serialize';
import { slugify } from '../../../shared/model/slug';
import { withDiskErrors } from '../node-errors';
import { removeStaleTemps, tempRules } from '../storage/sweep';
import { isTempName } from '../storage/write';
import { contextOf, exists, freeId, writeDocument, type WorkspaceContext, type WorkspaceDeps } from './context';
import { listDocuments } from './list';
import { quarantine } from './quarantine';
import { readDocumentFile } from './read';
import { summarize } from './summary';
import { listTrash, restoreDocument, trashDocument } from './trash';

export type { WorkspaceDeps } from './context';
export { summarize } from './summary';

/** The example offered on the start screen. */
export const EXAMPLE_FILE = 'medtech-heerlen.json';

type Loaded = { document: AssessmentDocument; migratedFrom: number | null };

/** Opens a document by id; a file that no longer reads is quarantined, never overwritten. */
async function openDocument(ctx: WorkspaceContext, id: string): Promise<AssessmentDocument> {
  try {
    const { document } = await readDocumentFile(ctx.fileOf(id), { newId: ctx.newId });
    return { ...document, id };
  } catch (err) {
    if (!(err instanceof LoadError)) throw err;
    if (err.code === 'file-not-found') throw new BackendError('not-found');
    if (err.code === 'permission-denied' || err.code === 'io-error') throw err;
    await quarantine(ctx, `${id}.json`, err.info);
    throw new BackendError('quarantined', {}, [{ code: err.code, params: err.params, path: '' }, ...err.problems]);
  }
}

/** Parses (a failure changes nothing: the LoadError's code and problems reach the user), then writes under a free id. */
async function adopt(ctx: WorkspaceContext, parse: () => Promise<Loaded>): Promise<Loaded> {
  const parsed = await parse();
  const document = { ...parsed.document, id: await freeId(ctx, parsed.document.id) };
  await withDiskErrors(() => mkdir(ctx.paths.dir, { recursive: true }));
  await writeDocument(ctx, document);
  return { document, migratedFrom: parsed.migratedFrom };
}

/** Writes a new document (creating the folder if needed) and returns it. */
async function writeNew(ctx: WorkspaceContext, document: AssessmentDocument): Promise<AssessmentDocument> {
  await withDiskErrors(() => mkdir(ctx.paths.dir, { recursive: true }));
  await writeDocument(ctx, document);
  return document;
}

/** A copy under a new id, titled "(kopie)" or "(copy)" in the document's language. */
async function duplicateDocument(ctx: WorkspaceContext, id: string): Promise<AssessmentDocument> {
  const source = await openDocument(ctx, id);
  const stamp = ctx.now().toISOString();
  const suffix = source.context.language === 'en' ? ' (copy)' : ' (kopie)';
  const copy: AssessmentDocument = {
    ...source,
    id: ctx.newId(),
    createdAt: stamp,
    updatedAt: stamp,
    context: { ...source.context, title: `${source.context.title}${suffix}`.slice(0, 300) },
  };
  await writeDocument(ctx, copy);
  return copy;
}

/** Puts the example in the workspace (once) and returns it. */
async function addExample(ctx: WorkspaceContext): Promise<AssessmentDocument> {
  if (!ctx.examplesDir) throw new BackendError('no-example');
  const { document } = await readDocumentFile(join(ctx.examplesDir, EXAMPLE_FILE), { newId: ctx.newId });
  if (await exists(ctx.fileOf(document.id))) return openDocument(ctx, document.id);
  return writeNew(ctx, document);
}

/** Removes what killed writes left behind, in every folder the workspace writes to. */
function sweep(ctx: WorkspaceContext): Promise<string[]> {
  const { dir, own, backups, quarantine: setAside, exports } = ctx.paths;
  return removeStaleTemps([
    { dir, rule: tempRules.documents },
    { dir: own, rule: tempRules.own },
    { dir: backups, rule: tempRules.backups },
    { dir: setAside, rule: isTempName },
    { dir: exports, rule: tempRules.exports },
  ]);
}

/** Every operation first waits for the start (stale temp files removed), so the sweep never races a write. */
function afterStart<T extends object>(ops: T, start: () => Promise<unknown>): T {
  const gated: Record<string, unknown> = {};
  for (const [name, op] of Object.entries(ops)) {
    const fn = op as (...args: unknown[]) => unknown;
    gated[name] = typeof op === 'function' ? async (...args: unknown[]) => (await start(), fn(...args)) : op;
  }
  return gated as T;
}

/** The workspace: one JSON file per assessment, with backups, trash and quarantine beside them. */
export function createWorkspace(deps: WorkspaceDeps) {
  const ctx = contextOf(deps);
  let started: Promise<string[]> | null = null;
  /** Removes stale temp files once, at the first call (wireBackend starts it at once); answers what it removed. */
  const start = () => (started ??= sweep(ctx).catch(() => []));
  const open = (id: string) => openDocument(ctx, id);
  return { ...afterStart(workspaceOps(ctx, open), start), start };
}

/** The operations themselves (createWorkspace gates them behind the start). */
function workspaceOps(ctx: WorkspaceContext, open: (id: string) => Promise<AssessmentDocument>) {
  return {
    dir: ctx.paths.dir,
    list: (): Promise<{ documents: DocumentSummary[]; quarantined: QuarantinedFile[] }> => listDocuments(ctx),
    create: async (title: string, language: 'nl' | 'en' = 'nl'): Promise<AssessmentDocument> =>
      writeNew(ctx, newDocument(await freeId(ctx, ctx.newId()), title.trim(), ctx.now().toISOString(), language)),
    open,
    /** Saves the document under its id (a deleted file is written anew: nothing is lost). */
    async save(document: AssessmentDocument): Promise<DocumentSummary> {
      const saved = { ...document, updatedAt: ctx.now().toISOString() };
      await writeNew(ctx, saved);
      return summarize(saved);
    },
    duplicate: (id: string) => duplicateDocument(ctx, id),
    remove: (id: string): Promise<void> => trashDocument(ctx, id),
    trash: (): Promise<TrashedDocument[]> => listTrash(ctx),
    restore: async (id: string): Promise<DocumentSummary> => summarize(await open(await restoreDocument(ctx, id))),
    /** Imports a document from bytes: validated and migrated first, so a failure changes nothing. */
    importBytes: (bytes: Uint8Array): Promise<Loaded> => adopt(ctx, async () => parseDocumentBytes(bytes, { newId: ctx.newId })),
    /** Imports a file from anywhere (the native open dialog, or a file opened from the system). */
    importFile: (path: string): Promise<Loaded> => adopt(ctx, () => readDocumentFile(path, { newId: ctx.newId })),
    async exportJson(id: string): Promise<{ fileName: string; content: string }> {
      const document = await open(id);
      // The same bytes a save writes (compact when pretty would pass the limit), so the export imports again.
      const content = new TextDecoder().decode(documentBytes(document));
      return { fileName: `${slugify(document.context.title, document.id)}.json`, content };
    },
    addExample: () => addExample(ctx),
  };
}

/** The workspace's operations. */
export type Workspace = ReturnType<typeof createWorkspace>;
