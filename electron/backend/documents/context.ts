import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DocumentId, type AssessmentDocument } from '../../../shared/model/document';
import { MAX_DOCUMENT_BYTES } from '../../../shared/model/limits';
import { LoadError, parseDocumentBytes } from '../../../shared/model/load';
import { documentBytes } from '../../../shared/model/serialize';
import { errnoOf, withDiskErrors } from '../node-errors';
import { nodeWriteFs, sha256, writeFailure, writeVerified, type WriteFs } from '../storage/write';
import type { OpenedFiles } from './external';
import { documentFileName, layoutOf, type Layout } from './layout';

/** Effects the workspace needs, injected so tests run it on a real temp folder. */
export interface WorkspaceDeps {
  /** The folder that holds one JSON file per assessment. */
  dir: string;
  /** The folder with example assessments (assets/examples). */
  examplesDir?: string;
  now?: () => Date;
  newId?: () => string;
  /** The file system of every write (tests inject one that fails). */
  fs?: WriteFs;
  /** Files opened from the system, edited where they are (external.ts); none: only the workspace. */
  opened?: OpenedFiles;
}

/** What every part of the workspace shares: its folders, clock and id source. */
export interface WorkspaceContext {
  paths: Layout;
  examplesDir?: string;
  now: () => Date;
  newId: () => string;
  fs: WriteFs;
  /** Per document id, the sha256 of the bytes this process last wrote and verified (no need to parse them again). */
  written: Map<string, string>;
  /** Per document id, the revision this process last saw on disk and the sha256 of those bytes (an external edit changes the hash). */
  revisions: Map<string, { revision: number; hash: string }>;
  /** Per document id, the save in progress: saves of one document run one after another. */
  locks: Map<string, Promise<unknown>>;
  /** Files opened from the system (external.ts), when the app has them. */
  opened?: OpenedFiles;
  /** The file of a document id: an opened file's own path, else the workspace file (the id is checked, so it names no path elsewhere). */
  fileOf: (id: string) => string;
}

/** The shared context of one workspace folder. */
export function contextOf(deps: WorkspaceDeps): WorkspaceContext {
  const paths = layoutOf(deps.dir);
  return {
    paths,
    examplesDir: deps.examplesDir,
    now: deps.now ?? (() => new Date()),
    newId: deps.newId ?? (() => crypto.randomUUID()),
    fs: deps.fs ?? nodeWriteFs,
    written: new Map(),
    revisions: new Map(),
    locks: new Map(),
    opened: deps.opened,
    fileOf: (id) => deps.opened?.list().find((f) => f.id === id)?.path ?? join(paths.dir, documentFileName(id)),
  };
}

export const isMissing = (err: unknown) => errnoOf(err) === 'ENOENT';

/** Whether a path exists. */
export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** The preferred id when it is valid and free, else a new one. */
export async function freeId(ctx: WorkspaceContext, preferred: string): Promise<string> {
  return DocumentId.safeParse(preferred).success && !(await exists(ctx.fileOf(preferred))) ? preferred : ctx.newId();
}

/**
 * Copies the current file to the backup folder, through the verified write, from the bytes of the
 * current file; a damaged current file (or one that is not a regular file) keeps the older backup.
 */
async function backUp(ctx: WorkspaceContext, id: string, target: string): Promise<void> {
  let current: Uint8Array;
  try {
    if (!(await ctx.fs.lstat(target)).isFile()) return;
    current = await ctx.fs.readFile(target);
  } catch (err) {
    if (isMissing(err)) return;
    throw writeFailure(err);
  }
  // Bytes this process wrote and verified are good; anything else (an external edit) is parsed first.
  if (ctx.written.get(id) !== sha256(current)) {
    try {
      parseDocumentBytes(current, { newId: ctx.newId });
    } catch (err) {
      if (err instanceof LoadError) return;
      throw err;
    }
  }
  await writeVerified(join(ctx.paths.backups, `${id}.json`), current, { fs: ctx.fs });
}

/**
 * Verified atomic write (storage/write.ts); the good version it replaces becomes the backup. The
 * size limit is checked first, so a document too large to open again is refused before any write.
 */
export async function writeDocument(ctx: WorkspaceContext, document: AssessmentDocument): Promise<void> {
  const bytes = documentBytes(document);
  const target = ctx.fileOf(document.id);
  await withDiskErrors(() => mkdir(ctx.paths.backups, { recursive: true }));
  await backUp(ctx, document.id, target);
  await writeVerified(target, bytes, { fs: ctx.fs, maxBytes: MAX_DOCUMENT_BYTES });
  const hash = sha256(bytes);
  ctx.written.set(document.id, hash);
  ctx.revisions.set(document.id, { revision: document.revision ?? 0, hash });
}

/**
 * The revision of a document's bytes on disk: its `revision` field, unless the bytes changed since
 * this process last saw them without the field growing (an external edit): then one past the last known.
 */
export function revisionOf(ctx: WorkspaceContext, id: string, bytes: Uint8Array, field: number): number {
  const hash = sha256(bytes);
  const known = ctx.revisions.get(id);
  if (known?.hash === hash) return known.revision;
  const revision = known && field <= known.revision ? known.revision + 1 : field;
  ctx.revisions.set(id, { revision, hash });
  return revision;
}

/** Runs `fn` once every earlier call for the same id has finished (so a check and its write are one step). */
export function serialized<T>(ctx: WorkspaceContext, id: string, fn: () => Promise<T>): Promise<T> {
  const before = ctx.locks.get(id) ?? Promise.resolve();
  const run = before.then(fn, fn);
  const settled = run.catch(() => undefined);
  ctx.locks.set(id, settled);
  void settled.then(() => {
    if (ctx.locks.get(id) === settled) ctx.locks.delete(id);
  });
  return run;
}

/** Runs `fn` over items with at most `limit` at a time. */
export async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
