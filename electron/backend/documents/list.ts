import { mkdir, readdir, readFile, rename, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { join } from 'node:path';
import type { QuarantinedFile } from '../../../shared/api';
import { DocumentId, type DocumentSummary } from '../../../shared/model/document';
import { LoadError, parseDocumentBytes } from '../../../shared/model/load';
import { withDiskErrors } from '../node-errors';
import { mapLimit, type WorkspaceContext } from './context';
import { readCache, writeCache, type CacheEntry } from './list-cache';
import { listQuarantined, quarantine } from './quarantine';
import { summarize } from './summary';

/** One file's summary: from the cache when its size and mtime are unchanged; an unreadable file is set aside. */
async function summaryOf(
  ctx: WorkspaceContext,
  entry: Dirent,
  cache: Map<string, CacheEntry>,
  fresh: Map<string, CacheEntry>,
): Promise<{ summary: DocumentSummary | null; changed: boolean }> {
  let name = entry.name;
  if (!DocumentId.safeParse(name.slice(0, -5)).success) {
    // A file renamed or copied by hand: adopt it under a fresh id rather than hide it.
    const adopted = `${ctx.newId()}.json`;
    await rename(join(ctx.paths.dir, name), join(ctx.paths.dir, adopted));
    name = adopted;
  }
  const path = join(ctx.paths.dir, name);
  const info = await stat(path).catch(() => null);
  if (!info) return { summary: null, changed: false };
  const cached = cache.get(name);
  if (cached && cached.size === info.size && cached.mtimeMs === info.mtimeMs) {
    fresh.set(name, cached);
    return { summary: cached.summary, changed: false };
  }
  try {
    const { document } = parseDocumentBytes(await readFile(path), { newId: ctx.newId });
    const summary = summarize({ ...document, id: name.slice(0, -5) });
    fresh.set(name, { size: info.size, mtimeMs: info.mtimeMs, summary });
    return { summary, changed: true };
  } catch (err) {
    if (!(err instanceof LoadError)) throw err;
    await quarantine(ctx, name, err.info);
    return { summary: null, changed: true };
  }
}

/** The documents (newest first) and the files that were set aside. Cached by size and mtime. */
export async function listDocuments(ctx: WorkspaceContext): Promise<{ documents: DocumentSummary[]; quarantined: QuarantinedFile[] }> {
  await withDiskErrors(() => mkdir(ctx.paths.own, { recursive: true }));
  const entries = await readdir(ctx.paths.dir, { withFileTypes: true });
  const cache = await readCache(ctx.paths.index);
  const fresh = new Map<string, CacheEntry>();
  const results = await mapLimit(
    entries.filter((e) => e.isFile() && e.name.endsWith('.json')),
    16,
    (entry) => summaryOf(ctx, entry, cache, fresh),
  );
  if (results.some((r) => r.changed) || fresh.size !== cache.size) await writeCache(ctx.paths.index, fresh, ctx.fs);
  const documents = results
    .map((r) => r.summary)
    .filter((s): s is DocumentSummary => s !== null)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return { documents, quarantined: await listQuarantined(ctx) };
}
