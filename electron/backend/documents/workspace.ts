import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { TrashedDocument, WorkspaceListing } from '../../../shared/api';
import { BackendError } from '../../../shared/errors';
import { newDocument, type AssessmentDocument, type DocumentSummary } from '../../../shared/model/document';
import { LoadError, parseDocumentBytes } from '../../../shared/model/load';
import { documentBytes } from '../../../shared/model/serialize';
import { slugify } from '../../../shared/model/slug';
import { withDiskErrors } from '../node-errors';
import { removeStaleTemps, tempRules } from '../storage/sweep';
import { isTempName, sha256 } from '../storage/write';
import { contextOf, exists, freeId, revisionOf, serialized, writeDocument, type WorkspaceContext, type WorkspaceDeps } from './context';
import { historyFolders, keepVersion, lastKeptRevision, listVersions, openVersion, type VersionMeta } from './history';
import { forgetFile, listOpened, openedPathOf, openFile, readOpened } from './external';
import { documentFileName } from './layout';
import { listDocuments, type ListState } from './list';
import { migrateWorkspace } from './migrate';
import { probe, readRegularFile, realDirOf, writeRefusal } from './safe-fs';
import { quarantine } from './quarantine';
import { readDocumentFile } from './read';
import { summarize } from './summary';
import { listTrash, restoreDocument, trashDocument } from './trash';

export type { WorkspaceDeps } from './context';
export { summarize } from './summary';

/** The example offered on the start screen. */
export const EXAMPLE_FILE = 'medtech-heerlen.json';

type Loaded = { document: AssessmentDocument; migratedFrom: number | null };
/** An open document with its revision on disk (the base of its next save). */
export type Opened = { document: AssessmentDocument; revision: number };

/** Reads one of our own files: looked at with lstat first, never a FIFO, a device or a link out of the workspace. */
async function readOwn(ctx: WorkspaceContext, id: string): Promise<Opened> {
  const opened = openedPathOf(ctx, id);
  if (opened) return readOpened(ctx, id, opened);
  const found = await probe(ctx.paths.dir, await realDirOf(ctx.paths.dir), documentFileName(id));
  if (found.kind === 'gone') throw new BackendError('not-found');
  if (found.kind === 'skip') throw new BackendError(found.reason.code, found.reason.params);
  const bytes = await readRegularFile(found.path);
  const { document } = parseDocumentBytes(bytes, { newId: ctx.newId });
  const revision = revisionOf(ctx, id, bytes, document.revision ?? 0);
  return { document: { ...document, id }, revision };
}

/** Opens a document by id; a file that no longer reads is quarantined, never overwritten. */
async function openDocument(ctx: WorkspaceContext, id: string): Promise<Opened> {
  try {
    return await readOwn(ctx, id);
  } catch (err) {
    if (!(err instanceof LoadError)) throw err;
    if (err.code === 'file-not-found') throw openedPathOf(ctx, id) ? err : new BackendError('not-found');
    // A file opened from the system is the user's: it is never moved, its problems are told as they are.
    if (openedPathOf(ctx, id)) throw err;
    if (err.code === 'permission-denied' || err.code === 'io-error' || err.code === 'not-a-file') throw err;
    const problems = [{ code: err.code, params: err.params, path: '' }, ...err.problems];
    // Where it cannot be set aside (a read-only folder) it stays, and the reason is told all the same.
    const moved = await quarantine(ctx, documentFileName(id), err.info).then(
      () => true,
      () => false,
    );
    throw moved ? new BackendError('quarantined', {}, problems) : err;
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

/**
 * Refuses to write into a folder that refuses writes (read-only, no permission), and where the
 * document's name holds a FIFO, a device, a folder or a link out of the workspace: the write
 * would block a thread, or land outside the folder.
 */
async function checkTarget(ctx: WorkspaceContext, id: string): Promise<void> {
  const opened = openedPathOf(ctx, id);
  const refused = await writeRefusal(opened ? dirname(opened) : ctx.paths.dir);
  if (refused) throw new BackendError(refused);
  // An opened file: the verified write itself refuses a target that is no regular file.
  if (opened) return;
  const found = await probe(ctx.paths.dir, await realDirOf(ctx.paths.dir), documentFileName(id));
  if (found.kind === 'skip') throw new BackendError(found.reason.code, found.reason.params);
}

/** Writes a new document (creating the folder if needed) and returns it. */
async function writeNew(ctx: WorkspaceContext, document: AssessmentDocument): Promise<AssessmentDocument> {
  await withDiskErrors(() => mkdir(ctx.paths.dir, { recursive: true }));
  await checkTarget(ctx, document.id);
  await writeDocument(ctx, document);
  return document;
}

/** A copy under a new id, titled "(kopie)" or "(copy)" in the document's language. */
async function duplicateDocument(ctx: WorkspaceContext, id: string): Promise<AssessmentDocument> {
  const { document: source } = await openDocument(ctx, id);
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
  if (await exists(ctx.fileOf(document.id))) return (await openDocument(ctx, document.id)).document;
  // The story's own dates stay; "last changed" is when this copy came into the workspace, never a day still to come.
  return writeNew(ctx, { ...document, updatedAt: ctx.now().toISOString() });
}

/** The document and revision on disk now; null when there is no readable file (a deleted or damaged file is written anew). */
async function onDisk(ctx: WorkspaceContext, id: string): Promise<Opened | null> {
  try {
    return await readOwn(ctx, id);
  } catch (err) {
    if (err instanceof LoadError || (err instanceof BackendError && err.code === 'not-found')) return null;
    throw err;
  }
}

/**
 * The revision on disk without parsing when the bytes are the ones last seen (the browser asks
 * every few seconds): only a changed file is parsed again.
 */
async function revisionOnDisk(ctx: WorkspaceContext, id: string): Promise<number | null> {
  const found = await probe(ctx.paths.dir, await realDirOf(ctx.paths.dir), documentFileName(id));
  if (found.kind === 'gone') return null;
  const known = ctx.revisions.get(id);
  if (found.kind === 'file' && known) {
    const bytes = await readRegularFile(found.path).catch(() => null);
    if (bytes && sha256(bytes) === known.hash) return known.revision;
  }
  return (await onDisk(ctx, id))?.revision ?? null;
}

/**
 * Saves on `baseRevision`: when the file on disk is of another revision nothing is written and the
 * answer is `conflict`. The version written is kept in the history (a failure there is logged: the
 * save itself has landed and is not undone).
 */
function saveDocument(ctx: WorkspaceContext, document: AssessmentDocument, baseRevision: number, meta: VersionMeta = {}) {
  return serialized(ctx, document.id, async (): Promise<{ summary: DocumentSummary; revision: number }> => {
    const before = await onDisk(ctx, document.id);
    const current = before?.revision ?? null;
    if (current !== null && current !== baseRevision) throw new BackendError('conflict', { revision: current, baseRevision });
    const revision = Math.max(current ?? baseRevision, await lastKeptRevision(ctx, document.id)) + 1;
    const saved = { ...document, revision, updatedAt: ctx.now().toISOString() };
    await writeNew(ctx, saved);
    const previous = before ? { ...before.document, revision: before.revision } : null;
    await keepVersion(ctx, previous, saved, meta).catch((err: unknown) => console.warn('[impactwijzer] version not kept:', err));
    return { summary: summarize(saved), revision };
  });
}

/** Restores a kept version as a new revision on top of the one on disk: the current content stays in the history. */
async function restoreVersion(ctx: WorkspaceContext, id: string, revision: number, user?: string) {
  const version = await openVersion(ctx, id, revision);
  const current = (await onDisk(ctx, id))?.revision ?? 0;
  return saveDocument(ctx, { ...version, id }, current, { user, restoredFrom: revision });
}

/** Removes what killed writes left behind, in every folder the workspace writes to. */
async function sweep(ctx: WorkspaceContext): Promise<string[]> {
  const { dir, own, backups, quarantine: setAside, exports } = ctx.paths;
  return removeStaleTemps([
    { dir, rule: tempRules.documents },
    { dir: own, rule: tempRules.own },
    { dir: backups, rule: tempRules.backups },
    { dir: setAside, rule: isTempName },
    { dir: exports, rule: tempRules.exports },
    ...(await historyFolders(ctx)).map((folder) => ({ dir: folder, rule: isTempName })),
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
export function createWorkspace(deps: WorkspaceDeps & { user?: () => string }) {
  const ctx = contextOf(deps);
  let started: Promise<string[]> | null = null;
  /** Removes stale temp files once, at the first call (wireBackend starts it at once); answers what it removed. */
  const start = () => (started ??= sweep(ctx).catch(() => []));
  // Older workspaces are migrated once, before the first list or open of this run.
  let migrated: Promise<void> | null = null;
  const ready = () => (migrated ??= migrateWorkspace(ctx));
  return { ...afterStart(workspaceOps(ctx, ready, deps.user), start), start };
}

/** The operations themselves (createWorkspace gates them behind the start). */
function workspaceOps(ctx: WorkspaceContext, ready: () => Promise<void>, user?: () => string) {
  const state: ListState = { memoryCache: null };
  const open = async (id: string) => {
    await ready();
    return openDocument(ctx, id);
  };
  return {
    dir: ctx.paths.dir,
    list: async (): Promise<WorkspaceListing> => {
      await ready();
      const [own, opened] = await Promise.all([listDocuments(ctx, state), listOpened(ctx)]);
      const documents = [...own.documents, ...opened.documents].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      return { ...own, documents, skipped: [...own.skipped, ...opened.skipped] };
    },
    /** Opens a file from the system where it is (external.ts): its id, and its location (null: a workspace document). */
    openFile: async (path: string) => (await ready(), openFile(ctx, path)),
    /** Where a document's file is when it is not in the workspace; null for a workspace document. */
    locationOf: async (id: string): Promise<string | null> => openedPathOf(ctx, id),
    create: async (title: string, language: 'nl' | 'en' = 'nl'): Promise<AssessmentDocument> =>
      writeNew(ctx, newDocument(await freeId(ctx, ctx.newId()), title.trim(), ctx.now().toISOString(), language)),
    open,
    /** Saves the document under its id on `baseRevision` (a deleted file is written anew: nothing is lost). */
    save: (document: AssessmentDocument, baseRevision: number) => saveDocument(ctx, document, baseRevision, { user: user?.() }),
    /** The kept versions of a document, newest first. */
    versions: (id: string) => listVersions(ctx, id),
    /** One kept version, to read (never saved as it is). */
    version: (id: string, revision: number) => openVersion(ctx, id, revision),
    /** Restores a kept version as a new revision. */
    restoreVersion: (id: string, revision: number) => restoreVersion(ctx, id, revision, user?.()),
    /** The revision on disk now; null when there is no readable file. */
    revision: async (id: string): Promise<number | null> => (await ready(), revisionOnDisk(ctx, id)),
    duplicate: (id: string) => duplicateDocument(ctx, id),
    /** To the trash; a file opened from the system only leaves the list (the file stays where it is). */
    remove: async (id: string): Promise<void> => (openedPathOf(ctx, id) ? forgetFile(ctx, id) : trashDocument(ctx, id)),
    trash: (): Promise<TrashedDocument[]> => listTrash(ctx),
    restore: async (id: string): Promise<DocumentSummary> => summarize((await open(await restoreDocument(ctx, id))).document),
    /** Imports a document from bytes: validated and migrated first, so a failure changes nothing. */
    importBytes: (bytes: Uint8Array): Promise<Loaded> => adopt(ctx, async () => parseDocumentBytes(bytes, { newId: ctx.newId })),
    /** Imports a file from anywhere (the native open dialog, or a file opened from the system). */
    importFile: (path: string): Promise<Loaded> => adopt(ctx, () => readDocumentFile(path, { newId: ctx.newId })),
    async exportJson(id: string): Promise<{ fileName: string; content: string }> {
      const { document } = await open(id);
      // The same bytes a save writes (compact when pretty would pass the limit), so the export imports again.
      const content = new TextDecoder().decode(documentBytes(document));
      return { fileName: `${slugify(document.context.title, document.id)}.json`, content };
    },
    addExample: () => addExample(ctx),
  };
}

/** The workspace's operations. */
export type Workspace = ReturnType<typeof createWorkspace>;
