import { copyFile, mkdir, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { DocumentId, type AssessmentDocument } from '../../../shared/model/document';
import { errnoOf, withDiskErrors } from '../node-errors';
import { documentFileName, layoutOf, type Layout } from './layout';

/** Effects the workspace needs, injected so tests run it on a real temp folder. */
export interface WorkspaceDeps {
  /** The folder that holds one JSON file per assessment. */
  dir: string;
  /** The folder with example assessments (assets/examples). */
  examplesDir?: string;
  now?: () => Date;
  newId?: () => string;
}

/** What every part of the workspace shares: its folders, clock and id source. */
export interface WorkspaceContext {
  paths: Layout;
  examplesDir?: string;
  now: () => Date;
  newId: () => string;
  /** The file of a document id (the id is checked, so it can never name a path elsewhere). */
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
    fileOf: (id) => join(paths.dir, documentFileName(id)),
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
 * Atomic write (temp file + rename, fsync'd); the version it replaces becomes the backup.
 * A full disk, a read-only folder or a refused permission become error codes.
 */
export function writeDocument(ctx: WorkspaceContext, document: AssessmentDocument): Promise<void> {
  return withDiskErrors(async () => {
    const target = ctx.fileOf(document.id);
    await mkdir(ctx.paths.backups, { recursive: true });
    const backup = join(ctx.paths.backups, `${document.id}.json`);
    try {
      await copyFile(target, `${backup}.tmp`);
      await rename(`${backup}.tmp`, backup);
    } catch (err) {
      if (!isMissing(err)) throw err;
    }
    await writeFileAtomic(target, `${JSON.stringify(document, null, 2)}\n`, { encoding: 'utf8' });
  });
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
