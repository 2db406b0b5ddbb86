import { mkdir, readdir, rename, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import type { TrashedDocument } from '../../../shared/api';
import { BackendError } from '../../../shared/errors';
import { DocumentId, type AssessmentDocument } from '../../../shared/model/document';
import { withDiskErrors } from '../node-errors';
import { exists, freeId, isMissing, mapLimit, writeDocument, type WorkspaceContext } from './context';
import { readDocumentFile } from './read';

/** Moves the document to the trash folder, from which it can be restored. */
export async function trashDocument(ctx: WorkspaceContext, id: string): Promise<void> {
  const trashed = join(ctx.paths.trash, `${id}.json`);
  await withDiskErrors(async () => {
    await mkdir(ctx.paths.trash, { recursive: true });
    try {
      await rename(ctx.fileOf(id), trashed);
    } catch (err) {
      if (isMissing(err)) throw new BackendError('not-found');
      throw err;
    }
  });
  const t = ctx.now();
  await utimes(trashed, t, t);
}

/** The documents in the trash, most recently deleted first. */
export async function listTrash(ctx: WorkspaceContext): Promise<TrashedDocument[]> {
  const names = (await readdir(ctx.paths.trash).catch(() => [] as string[])).filter((n) => n.endsWith('.json'));
  const items = await mapLimit(names, 16, async (name) => {
    const path = join(ctx.paths.trash, name);
    try {
      const [{ document }, info] = await Promise.all([readDocumentFile(path, { newId: ctx.newId }), stat(path)]);
      return { id: name.slice(0, -5), title: document.context.title, deletedAt: info.mtime.toISOString() };
    } catch {
      return null;
    }
  });
  return items.filter((x): x is TrashedDocument => x !== null).sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
}

/** Puts a document back under its id, or under a new one when that id was taken meanwhile; returns the id. */
export async function restoreDocument(ctx: WorkspaceContext, id: string): Promise<string> {
  const from = join(ctx.paths.trash, `${DocumentId.parse(id)}.json`);
  if (!(await exists(from))) throw new BackendError('not-in-trash');
  const target = await freeId(ctx, id);
  if (target === id) await withDiskErrors(() => rename(from, ctx.fileOf(id)));
  else {
    const { document } = await readDocumentFile(from, { newId: ctx.newId });
    await writeDocument(ctx, { ...(document as AssessmentDocument), id: target });
    await rename(from, `${from}.hersteld`);
  }
  return target;
}
