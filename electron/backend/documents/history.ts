/**
 * Version history: every save keeps the version it wrote in `versies/<id>/<revision>.json`, with
 * an index (`index.json`: who, when, name, what changed). Pruned after each save (history-prune.ts).
 * Every write goes through the verified write; the index is rebuilt from the version files when it
 * is missing, damaged or out of step with them. Special files and links are never read.
 */
import { lstat, mkdir, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { BackendError } from '../../../shared/errors';
import type { AssessmentDocument } from '../../../shared/model/document';
import { LoadError, parseDocumentBytes } from '../../../shared/model/load';
import { documentBytes } from '../../../shared/model/serialize';
import { versionDiff, versionNameOf, type VersionInfo } from '../../../shared/model/version-diff';
import { VersionInfo as VersionInfoSchema } from '../../../shared/model/version-info';
import { withDiskErrors } from '../node-errors';
import { writeVerified } from '../storage/write';
import { serialized, type WorkspaceContext } from './context';
import { DEFAULT_LIMITS, prune, type PruneLimits } from './history-prune';
import { revisionOfVersionName, versionFileName, versionFolder } from './layout';
import { readRegularFile } from './safe-fs';

const INDEX = 'index.json';
const Index = z.object({ versions: z.array(VersionInfoSchema) });

/** What the save tells the history besides the two versions. */
export interface VersionMeta {
  /** The user's name from the settings (used when the document names no author). */
  user?: string;
  restoredFrom?: number | null;
}

/** The folder of a document's versions, or null when it is something else than a plain folder (a link, a file). */
async function folderOf(ctx: WorkspaceContext, id: string, create: boolean): Promise<string | null> {
  const dir = versionFolder(ctx.paths, id);
  if (create) await withDiskErrors(() => mkdir(dir, { recursive: true }));
  const info = await lstat(dir).catch(() => null);
  return info?.isDirectory() ? dir : null;
}

/** The revisions of the version files in a folder: regular files only (a FIFO, a link or a folder is skipped). */
async function versionFiles(dir: string): Promise<number[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => revisionOfVersionName(e.name))
    .filter((r): r is number => r !== null)
    .sort((a, b) => a - b);
}

/** Reads one version file: a regular file, not followed through a link, time- and size-limited. */
async function readVersion(ctx: WorkspaceContext, dir: string, revision: number): Promise<{ document: AssessmentDocument; size: number }> {
  const bytes = await readRegularFile(join(dir, versionFileName(revision)));
  const { document } = parseDocumentBytes(bytes, { newId: ctx.newId });
  return { document, size: bytes.length };
}

const authorOf = (document: AssessmentDocument, user = '') => document.context.author.trim() || user.trim();

/** The index made again from the version files (each compared with the one before it); unreadable files are left out. */
async function rebuild(ctx: WorkspaceContext, dir: string): Promise<VersionInfo[]> {
  const versions: VersionInfo[] = [];
  let before: AssessmentDocument | null = null;
  for (const revision of await versionFiles(dir)) {
    try {
      const { document, size } = await readVersion(ctx, dir, revision);
      versions.push({
        revision,
        savedAt: document.updatedAt,
        author: authorOf(document),
        name: versionNameOf(before, document),
        summary: versionDiff(before, document),
        size,
        restoredFrom: null,
      });
      before = document;
    } catch (err) {
      if (!(err instanceof BackendError)) throw err;
    }
  }
  // Best effort: a read-only folder lists all the same.
  await writeIndex(ctx, dir, versions).catch(() => undefined);
  return versions;
}

function writeIndex(ctx: WorkspaceContext, dir: string, versions: VersionInfo[]): Promise<void> {
  const sorted = [...versions].sort((a, b) => a.revision - b.revision);
  return writeVerified(join(dir, INDEX), `${JSON.stringify({ versions: sorted }, null, 1)}\n`, { fs: ctx.fs });
}

/**
 * The index, checked against the version files on disk: entries whose file is gone are dropped (a
 * prune killed before it wrote the index); a file the index lacks, or a damaged index, means a rebuild.
 */
async function readIndex(ctx: WorkspaceContext, dir: string): Promise<VersionInfo[]> {
  const files = await versionFiles(dir);
  let versions: VersionInfo[] | null = null;
  try {
    const parsed = Index.safeParse(JSON.parse((await readRegularFile(join(dir, INDEX))).toString('utf8')));
    if (parsed.success) versions = parsed.data.versions;
  } catch (err) {
    if (!(err instanceof BackendError) && !(err instanceof SyntaxError)) throw err;
  }
  const listed = new Set(versions?.map((v) => v.revision));
  if (!versions || files.some((r) => !listed.has(r))) return rebuild(ctx, dir);
  return versions.filter((v) => files.includes(v.revision));
}

/**
 * Keeps the version a save just wrote (`saved`, on disk as `bytes`), told against the version it
 * replaced (`before`, null when there was none), then prunes. When the history is still empty,
 * the version replaced is kept first, so a document saved before there was a history loses nothing.
 */
export async function keepVersion(
  ctx: WorkspaceContext,
  before: AssessmentDocument | null,
  saved: AssessmentDocument,
  meta: VersionMeta = {},
  limits: PruneLimits = DEFAULT_LIMITS,
): Promise<void> {
  const dir = await folderOf(ctx, saved.id, true);
  if (!dir) throw new BackendError('not-a-file');
  let versions = await readIndex(ctx, dir);
  const revision = saved.revision ?? 0;
  if (versions.length === 0 && before && (before.revision ?? 0) < revision) {
    const bytes = documentBytes(before);
    await writeVerified(join(dir, versionFileName(before.revision ?? 0)), bytes, { fs: ctx.fs });
    const entry = { savedAt: before.updatedAt, author: authorOf(before), name: null, size: bytes.length, restoredFrom: null };
    versions = [{ ...entry, revision: before.revision ?? 0, summary: versionDiff(null, before) }];
  }
  const bytes = documentBytes(saved);
  await writeVerified(join(dir, versionFileName(revision)), bytes, { fs: ctx.fs });
  const info: VersionInfo = {
    revision,
    savedAt: saved.updatedAt,
    author: authorOf(saved, meta.user),
    name: versionNameOf(before, saved),
    summary: versionDiff(before, saved),
    size: bytes.length,
    restoredFrom: meta.restoredFrom ?? null,
  };
  const { kept, removed } = prune([...versions.filter((v) => v.revision !== revision), info], ctx.now(), limits);
  // Files first: an index that still lists a removed file is mended on the next read without a rebuild.
  for (const v of removed) await unlink(join(dir, versionFileName(v.revision))).catch(() => undefined);
  await writeIndex(ctx, dir, kept);
}

/**
 * The highest revision kept for a document (-1 when none). A save never writes a revision at or
 * below it, so a version of an earlier document under the same id (deleted, then imported again)
 * is never overwritten.
 */
export async function lastKeptRevision(ctx: WorkspaceContext, id: string): Promise<number> {
  const dir = await folderOf(ctx, id, false).catch(() => null);
  return dir ? Math.max(-1, ...(await versionFiles(dir))) : -1;
}

/** The kept versions of a document, newest first (none when it has no history yet). */
export function listVersions(ctx: WorkspaceContext, id: string): Promise<VersionInfo[]> {
  return serialized(ctx, id, async () => {
    const dir = await folderOf(ctx, id, false);
    if (!dir) return [];
    return (await readIndex(ctx, dir)).sort((a, b) => b.revision - a.revision);
  });
}

/** One kept version, read-only; `version-not-found` when there is no such version (or it is no regular file). */
export function openVersion(ctx: WorkspaceContext, id: string, revision: number): Promise<AssessmentDocument> {
  return serialized(ctx, id, async () => {
    const dir = await folderOf(ctx, id, false);
    if (!dir) throw new BackendError('version-not-found', { revision });
    try {
      const { document } = await readVersion(ctx, dir, revision);
      return { ...document, id, revision };
    } catch (err) {
      if (err instanceof LoadError && err.code === 'file-not-found') throw new BackendError('version-not-found', { revision });
      throw err;
    }
  });
}

/** The folders of every document's versions (the start sweeps their stale temp files); plain folders only. */
export async function historyFolders(ctx: WorkspaceContext): Promise<string[]> {
  const entries = await readdir(ctx.paths.versions, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory()).map((e) => join(ctx.paths.versions, e.name));
}
