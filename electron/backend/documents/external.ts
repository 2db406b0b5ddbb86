/**
 * Files opened from the system (double-click, the command line, macOS "open with"): the app
 * edits the file where it is, with the same verified write, size limit, revision check and
 * backup as a document in the workspace. The list of such files lives in the settings
 * (`openedFiles`: id and path), so they appear in the document list with their location.
 * Their version history is kept in the workspace (`.impactwijzer/versies/<id>`) under the id
 * they got when first opened, which stays the same for as long as the file is on the list.
 */
import { realpath } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { SkippedFile } from '../../../shared/api';
import { BackendError } from '../../../shared/errors';
import { DocumentId, type AssessmentDocument, type DocumentSummary } from '../../../shared/model/document';
import { LoadError, parseDocumentBytes } from '../../../shared/model/load';
import { exists, mapLimit, revisionOf, type WorkspaceContext } from './context';
import { documentFileName, idOfFileName } from './layout';
import { readRegularFile, realDirOf } from './safe-fs';
import { summarize } from './summary';

/** One file opened from the system: the id it has in the app, and its real path. */
export interface OpenedFile {
  id: string;
  path: string;
}

/** Where the list of opened files is kept (the settings); an in-memory one in tests. */
export interface OpenedFiles {
  list(): OpenedFile[];
  set(files: OpenedFile[]): void;
}

/** Paths compare without case where the file system usually ignores it (Windows, macOS). */
export function samePath(a: string, b: string, platform: string = process.platform): boolean {
  return platform === 'win32' || platform === 'darwin' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/** The path of an opened file's id, or null when the id is a workspace document. */
export function openedPathOf(ctx: WorkspaceContext, id: string): string | null {
  return ctx.opened?.list().find((f) => f.id === id)?.path ?? null;
}

/** Reads an opened file where it is (links followed: the user chose it); its id in the app replaces the one inside. */
export async function readOpened(
  ctx: WorkspaceContext,
  id: string,
  path: string,
): Promise<{ document: AssessmentDocument; revision: number }> {
  const bytes = await readRegularFile(path, undefined, true);
  const { document } = parseDocumentBytes(bytes, { newId: ctx.newId });
  return { document: { ...document, id }, revision: revisionOf(ctx, id, bytes, document.revision ?? 0) };
}

/** An id for a newly opened file: its own when valid and used nowhere else in the app, else a new one. */
async function idFor(ctx: WorkspaceContext, own: string, files: OpenedFile[]): Promise<string> {
  const taken = async (id: string) => files.some((f) => f.id === id) || (await exists(resolve(ctx.paths.dir, documentFileName(id))));
  if (DocumentId.safeParse(own).success && !(await taken(own))) return own;
  let id = ctx.newId();
  while (await taken(id)) id = ctx.newId();
  return id;
}

/**
 * Opens a file from the system: a file already on the list (or a document of the workspace
 * itself) opens that document again, never a second one; a new file is read and checked first
 * (a file that is no valid document is refused with its LoadError and is not remembered).
 */
export async function openFile(ctx: WorkspaceContext, path: string): Promise<{ id: string; location: string | null }> {
  if (!ctx.opened) throw new BackendError('internal');
  const real = await realpath(resolve(path)).catch(() => {
    throw new LoadError('file-not-found');
  });
  const own = idOfFileName(basename(real));
  if (own && samePath(dirname(real), await realDirOf(ctx.paths.dir))) return { id: own, location: null };
  const files = ctx.opened.list();
  const known = files.find((f) => samePath(f.path, real));
  if (known) return { id: known.id, location: known.path };
  const bytes = await readRegularFile(real, undefined, true);
  const { document } = parseDocumentBytes(bytes, { newId: ctx.newId });
  const id = await idFor(ctx, document.id, files);
  ctx.opened.set([...files, { id, path: real }]);
  revisionOf(ctx, id, bytes, document.revision ?? 0);
  return { id, location: real };
}

/** Takes a file off the list (the file itself stays where it is, untouched). */
export function forgetFile(ctx: WorkspaceContext, id: string): void {
  const files = ctx.opened?.list() ?? [];
  if (!files.some((f) => f.id === id)) throw new BackendError('not-found');
  ctx.opened!.set(files.filter((f) => f.id !== id));
}

/** The opened files for the document list: a summary with its location, or why it cannot be read now (moved, damaged). */
export async function listOpened(ctx: WorkspaceContext): Promise<{ documents: DocumentSummary[]; skipped: SkippedFile[] }> {
  const results = await mapLimit(ctx.opened?.list() ?? [], 8, async (file) => {
    try {
      const { document } = await readOpened(ctx, file.id, file.path);
      return { summary: { ...summarize(document), location: file.path }, skipped: null };
    } catch (err) {
      if (!(err instanceof BackendError)) throw err;
      return { summary: null, skipped: { fileName: file.path, reason: err.info } };
    }
  });
  // A file that is gone (moved, deleted) is told once and leaves the list: opening it again from its new place adds it anew.
  const gone = new Set(results.flatMap((r) => (r.skipped?.reason.code === 'file-not-found' ? [r.skipped.fileName] : [])));
  if (gone.size > 0 && ctx.opened) ctx.opened.set(ctx.opened.list().filter((f) => !gone.has(f.path)));
  return {
    documents: results.flatMap((r) => (r.summary ? [r.summary] : [])),
    skipped: results.flatMap((r) => (r.skipped ? [r.skipped] : [])),
  };
}
