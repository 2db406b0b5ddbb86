import { mkdir, readdir, stat } from 'node:fs/promises';
import type { SkippedFile, WorkspaceListing } from '../../../shared/api';
import { BackendError } from '../../../shared/errors';
import type { DocumentSummary } from '../../../shared/model/document';
import { LoadError, parseDocumentBytes } from '../../../shared/model/load';
import { errnoOf, withDiskErrors } from '../node-errors';
import { mapLimit, type WorkspaceContext } from './context';
import { idOfFileName } from './layout';
import { readCache, writeCache, type CacheEntry } from './list-cache';
import { listQuarantined, quarantine } from './quarantine';
import { probe, readRegularFile, realDirOf, withTimeLimit, writeRefusal } from './safe-fs';
import { summarize } from './summary';

/** What the list keeps between calls: the cache in memory when the folder cannot hold it. */
export interface ListState {
  memoryCache: Map<string, CacheEntry> | null;
}

/** Failures that say nothing about the file's content: it is reported, not set aside. */
const NOT_CONTENT: string[] = ['permission-denied', 'io-error', 'file-not-found', 'not-a-file'];

type Outcome = { summary: DocumentSummary | null; skipped: SkippedFile | null; changed: boolean };
const none: Outcome = { summary: null, skipped: null, changed: false };
const skipped = (fileName: string, reason: SkippedFile['reason']): Outcome => ({
  summary: null,
  skipped: { fileName, reason },
  changed: false,
});

/** Whether the folder refuses writes (a read-only mount, or no permission); else makes sure its own folder exists. */
async function isReadOnly(ctx: WorkspaceContext): Promise<boolean> {
  if (await writeRefusal(ctx.paths.dir)) return true;
  return withTimeLimit(mkdir(ctx.paths.own, { recursive: true })).then(
    () => false,
    (err: unknown) => ['EROFS', 'EACCES', 'EPERM'].includes(errnoOf(err) ?? ''),
  );
}

/** One of our own files: its summary from the cache when size and mtime are unchanged; a damaged one is set aside. */
async function summaryOf(
  ctx: WorkspaceContext,
  name: string,
  path: string,
  id: string,
  cache: Map<string, CacheEntry>,
  fresh: Map<string, CacheEntry>,
): Promise<Outcome> {
  const info = await withTimeLimit(stat(path)).catch(() => null);
  if (!info) return none;
  const cached = cache.get(name);
  if (cached && cached.size === info.size && cached.mtimeMs === info.mtimeMs) {
    fresh.set(name, cached);
    return { summary: cached.summary, skipped: null, changed: false };
  }
  try {
    const { document } = parseDocumentBytes(await readRegularFile(path), { newId: ctx.newId });
    const summary = summarize({ ...document, id });
    fresh.set(name, { size: info.size, mtimeMs: info.mtimeMs, summary });
    return { summary, skipped: null, changed: true };
  } catch (err) {
    if (!(err instanceof LoadError) || NOT_CONTENT.includes(err.code)) {
      return skipped(name, err instanceof BackendError ? err.info : { code: 'io-error', params: { errno: errnoOf(err) ?? 'unknown' } });
    }
    // Set aside; where that is impossible (a read-only folder) it stays and is reported here.
    return quarantine(ctx, name, err.info).then(
      () => ({ ...none, changed: true }),
      () => skipped(name, err.info),
    );
  }
}

/** One name in the folder: ours (listed or set aside), someone else's JSON (left alone), or a special file (never opened). */
async function outcomeOf(
  ctx: WorkspaceContext,
  realDir: string,
  name: string,
  cache: Map<string, CacheEntry>,
  fresh: Map<string, CacheEntry>,
): Promise<Outcome> {
  const found = await probe(ctx.paths.dir, realDir, name);
  if (found.kind === 'gone') return none;
  if (found.kind === 'skip') return skipped(name, found.reason);
  const id = idOfFileName(name);
  if (!id) return skipped(name, { code: 'not-recognised', params: {} });
  return summaryOf(ctx, name, found.path, id, cache, fresh);
}

/** The documents (newest first), the files set aside, the files left alone, and whether the folder is read-only. */
export async function listDocuments(ctx: WorkspaceContext, state: ListState): Promise<WorkspaceListing> {
  // First the folder itself (isReadOnly makes it when missing), then the reads that only need it side by
  // side: the start screen waits for this list, and a slow disk makes each a round trip.
  const readOnly = await isReadOnly(ctx);
  const [entries, realDir, cache] = await Promise.all([
    withDiskErrors(() => withTimeLimit(readdir(ctx.paths.dir))),
    realDirOf(ctx.paths.dir),
    state.memoryCache ?? readCache(ctx.paths.index),
  ]);
  const fresh = new Map<string, CacheEntry>();
  const names = entries.filter((n) => n.endsWith('.json')).sort();
  const results = await mapLimit(names, 16, (name) => outcomeOf(ctx, realDir, name, cache, fresh));
  if (results.some((r) => r.changed) || fresh.size !== cache.size) {
    // The cache is only a cache: where it cannot be written, it lives in memory.
    state.memoryCache = readOnly
      ? fresh
      : await writeCache(ctx.paths.index, fresh, ctx.fs).then(
          () => null,
          () => fresh,
        );
  }
  const documents = results
    .map((r) => r.summary)
    .filter((s): s is DocumentSummary => s !== null)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const skippedFiles = results.map((r) => r.skipped).filter((s): s is SkippedFile => s !== null);
  return { documents, quarantined: await listQuarantined(ctx), skipped: skippedFiles, readOnly };
}
