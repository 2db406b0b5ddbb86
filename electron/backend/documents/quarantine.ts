import { mkdir, readdir, readFile, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ErrorInfoSchema, type QuarantinedFile } from '../../../shared/api';
import type { ErrorInfo } from '../../../shared/errors';
import { writeVerified } from '../storage/write';
import type { WorkspaceContext } from './context';
import { idOfFileName } from './layout';
import { originalNames } from './migrate';

const REASON = '.reden.json';
/** Reason files of earlier versions held a Dutch sentence; they are still listed. */
const OLD_REASON = '.reden.txt';

/** Moves an unreadable file aside with the reason (as a code); it is never overwritten or deleted. */
export async function quarantine(ctx: WorkspaceContext, fileName: string, reason: ErrorInfo): Promise<void> {
  await mkdir(ctx.paths.quarantine, { recursive: true });
  const stamp = ctx.now().toISOString().replace(/[:.]/g, '-');
  const moved = `${stamp}-${fileName}`;
  // The name the user gave the file before the migration gave it an id, when it had another.
  const id = idOfFileName(fileName);
  const originalName = id ? (await originalNames(ctx))[id] : undefined;
  const record = { fileName, ...(originalName ? { originalName } : {}), reason };
  await rename(join(ctx.paths.dir, fileName), join(ctx.paths.quarantine, moved));
  await writeVerified(join(ctx.paths.quarantine, `${moved}${REASON}`), `${JSON.stringify(record, null, 2)}\n`, { fs: ctx.fs });
}

/** The reason beside a quarantined file; one that cannot be read says only that it was set aside. */
async function reasonOf(ctx: WorkspaceContext, name: string): Promise<{ fileName: string; reason: ErrorInfo }> {
  const fallback = { fileName: name, reason: { code: 'quarantined' as const, params: {} } };
  try {
    const raw = JSON.parse(await readFile(join(ctx.paths.quarantine, `${name}${REASON}`), 'utf8')) as {
      fileName?: unknown;
      reason?: unknown;
    };
    const reason = ErrorInfoSchema.safeParse(raw.reason);
    return {
      fileName: typeof raw.fileName === 'string' && raw.fileName ? raw.fileName : name,
      reason: reason.success ? reason.data : fallback.reason,
    };
  } catch {
    const old = await readFile(join(ctx.paths.quarantine, `${name}${OLD_REASON}`), 'utf8').catch(() => '');
    return { ...fallback, fileName: old.split('\n')[0] || name };
  }
}

/** The files that were set aside, with their reasons. */
export async function listQuarantined(ctx: WorkspaceContext): Promise<QuarantinedFile[]> {
  const names = await readdir(ctx.paths.quarantine).catch(() => [] as string[]);
  const files = names.filter((n) => !n.endsWith(REASON) && !n.endsWith(OLD_REASON));
  return Promise.all(
    files.map(async (name) => {
      const { fileName, reason } = await reasonOf(ctx, name);
      const info = await stat(join(ctx.paths.quarantine, name)).catch(() => null);
      return { fileName, reason, quarantinedAt: (info?.mtime ?? ctx.now()).toISOString() };
    }),
  );
}
