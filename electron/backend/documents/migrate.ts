import { link, mkdir, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { writeVerified } from '../storage/write';
import { z } from 'zod';
import { DocumentId } from '../../../shared/model/document';
import { parseDocumentBytes } from '../../../shared/model/load';
import { errnoOf } from '../node-errors';
import type { WorkspaceContext } from './context';
import { DOCUMENT_SUFFIX, documentFileName, idOfFileName } from './layout';
import { present, probe, readRegularFile, realDirOf, sameFile, withTimeLimit } from './safe-fs';

const Names = z.object({ version: z.literal(1), names: z.record(z.string(), z.string()) });

/** The original file names of documents the migration gave another name, by id. */
export async function originalNames(ctx: WorkspaceContext): Promise<Record<string, string>> {
  try {
    const parsed = Names.safeParse(JSON.parse(await readFile(ctx.paths.originalNames, 'utf8')));
    return parsed.success ? parsed.data.names : {};
  } catch {
    return {};
  }
}

/** Records a document's original name before it is renamed (a crash in between leaves only a harmless extra entry). */
async function recordName(ctx: WorkspaceContext, id: string, original: string): Promise<void> {
  const names = { ...(await originalNames(ctx)), [id]: original };
  await writeVerified(ctx.paths.originalNames, `${JSON.stringify({ version: 1, names }, null, 2)}\n`, { fs: ctx.fs });
}

/**
 * Renames without ever replacing a file: a hard link then unlink. An interrupted move leaves both
 * names on one file, which the next run recognises and finishes. Where the file system has no
 * hard links, a checked rename.
 */
async function moveNoClobber(from: string, to: string): Promise<boolean> {
  try {
    await link(from, to);
  } catch (err) {
    if (errnoOf(err) === 'EEXIST') {
      if (!(await sameFile(from, to))) return false;
    } else if (['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'ENOSYS'].includes(errnoOf(err) ?? '')) {
      if (await present(to)) return false;
      await rename(from, to);
      return true;
    } else throw err;
  }
  await unlink(from);
  return true;
}

/** The id an old-style file gets: its own name when that is a valid id, else the id inside, else a new one. */
function idsToTry(ctx: WorkspaceContext, base: string, inner: string): string[] {
  const own = DocumentId.safeParse(base).success ? [base] : [];
  return [...own, ...(own.includes(inner) ? [] : [inner]), ctx.newId(), ctx.newId()];
}

/** Migrates one old-style file when it is an assessment document; anything else is left exactly as it is. */
async function migrateFile(ctx: WorkspaceContext, realDir: string, name: string): Promise<void> {
  const found = await probe(ctx.paths.dir, realDir, name);
  if (found.kind !== 'file' || found.link) return;
  let inner: string;
  try {
    inner = parseDocumentBytes(await readRegularFile(found.path)).document.id;
  } catch {
    return;
  }
  const base = name.endsWith(DOCUMENT_SUFFIX) ? name.slice(0, -DOCUMENT_SUFFIX.length) : name.slice(0, -'.json'.length);
  for (const id of idsToTry(ctx, base, inner)) {
    if (id !== base) await recordName(ctx, id, name);
    if (await moveNoClobber(found.path, join(ctx.paths.dir, documentFileName(id)))) return;
  }
}

/**
 * Gives the documents of an older workspace (`<id>.json`, or a name that is no id) the marker
 * `<id>.impactwijzer.json`. Idempotent: a second run finds nothing to do, and a run cut short is
 * finished by the next. Files that are not valid documents are not touched; a read-only folder
 * is left as it is.
 */
export async function migrateWorkspace(ctx: WorkspaceContext): Promise<void> {
  const names = await withTimeLimit(readdir(ctx.paths.dir)).catch(() => [] as string[]);
  const candidates = names.filter((n) => n.endsWith('.json') && idOfFileName(n) === null && !n.startsWith('._'));
  if (!candidates.length) return;
  const realDir = await realDirOf(ctx.paths.dir);
  await mkdir(ctx.paths.own, { recursive: true }).catch(() => undefined);
  for (const name of candidates) {
    try {
      await migrateFile(ctx, realDir, name);
    } catch {
      // A file that cannot be moved (read-only folder, permission) stays where it is, listed as not recognised.
    }
  }
}
