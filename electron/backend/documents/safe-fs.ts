import { constants, type Stats } from 'node:fs';
import { access, lstat, open, realpath, stat, type FileHandle } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { BackendError, type ErrorInfo } from '../../../shared/errors';
import { LoadError, MAX_DOCUMENT_BYTES } from '../../../shared/model/load';
import { errnoOf } from '../node-errors';

/** The most one file operation may take while listing or opening: one bad file cannot stall the rest. */
export const FILE_TIME_LIMIT_MS = 2000;

/**
 * `work` or the code `timed-out` after `ms`. Node cannot cancel a file operation, so a value that
 * arrives late is handed to `late` (e.g. to close a handle) instead of being lost.
 */
export function withTimeLimit<T>(work: Promise<T>, ms = FILE_TIME_LIMIT_MS, late?: (value: T) => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let expired = false;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      expired = true;
      reject(new BackendError('timed-out', { seconds: ms / 1000 }));
    }, ms);
    timer.unref?.();
  });
  work.then(
    (value) => expired && late?.(value),
    () => undefined,
  );
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

/** What a name in the workspace turned out to be, learnt with lstat before anything opens it. */
export type Probe = { kind: 'file'; path: string; link: boolean } | { kind: 'skip'; reason: ErrorInfo } | { kind: 'gone' };

const skip = (code: ErrorInfo['code']): Probe => ({ kind: 'skip', reason: { code, params: {} } });

/** A regular file, a folder, or a special file (FIFO, socket, device), which is never opened. */
function classify(info: Stats, path: string, link: boolean): Probe {
  if (info.isFile()) return { kind: 'file', path, link };
  if (info.isDirectory()) return skip('not-a-file');
  return skip('special-file');
}

/**
 * Looks at `name` in `dir` without opening it. A symbolic link is followed only when its target
 * lies inside the workspace (`realDir` is the folder's real path); one that leaves it is skipped.
 */
export async function probe(dir: string, realDir: string, name: string, ms = FILE_TIME_LIMIT_MS): Promise<Probe> {
  const path = join(dir, name);
  try {
    const info = await withTimeLimit(lstat(path), ms);
    if (!info.isSymbolicLink()) return classify(info, path, false);
    const target = await withTimeLimit(realpath(path), ms);
    if (!target.startsWith(realDir + sep)) return skip('link-outside');
    return classify(await withTimeLimit(lstat(target), ms), target, true);
  } catch (err) {
    if (err instanceof BackendError) return { kind: 'skip', reason: err.info };
    if (errnoOf(err) === 'ENOENT' || errnoOf(err) === 'ENOTDIR') return { kind: 'gone' };
    if (errnoOf(err) === 'ELOOP') return skip('link-outside');
    return { kind: 'skip', reason: { code: 'io-error', params: { errno: errnoOf(err) ?? 'unknown' } } };
  }
}

/** The real path of the workspace folder (links inside it are measured against it). */
export async function realDirOf(dir: string, ms = FILE_TIME_LIMIT_MS): Promise<string> {
  return withTimeLimit(realpath(dir), ms).catch(() => dir);
}

// Never block a thread on a FIFO, never follow a link that was swapped in after the probe.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/** A failed open or read as a LoadError code: missing, not allowed, or another I/O error. */
export function readFailure(err: unknown): BackendError {
  if (err instanceof BackendError) return err;
  const errno = errnoOf(err);
  if (errno === 'ENOENT' || errno === 'ENOTDIR') return new LoadError('file-not-found');
  if (errno === 'EACCES' || errno === 'EPERM') return new LoadError('permission-denied');
  if (errno === 'EISDIR') return new LoadError('not-a-file');
  if (errno === 'ELOOP') return new BackendError('link-outside');
  return new LoadError('io-error', { errno: errno ?? 'unknown' });
}

/**
 * Reads a regular file: opened non-blocking (a FIFO swapped in cannot hold a thread), checked
 * with fstat on the open handle (so what is read is what was checked), size-limited, time-limited.
 */
export async function readRegularFile(path: string, ms = FILE_TIME_LIMIT_MS, follow = false): Promise<Buffer> {
  let handle: FileHandle;
  try {
    const flags = follow ? READ_FLAGS & ~(constants.O_NOFOLLOW ?? 0) : READ_FLAGS;
    handle = await withTimeLimit(open(path, flags), ms, (late) => void late.close());
  } catch (err) {
    throw readFailure(err);
  }
  try {
    const info = await withTimeLimit(handle.stat(), ms);
    if (info.isDirectory()) throw new LoadError('not-a-file');
    if (!info.isFile()) throw new BackendError('special-file');
    if (info.size > MAX_DOCUMENT_BYTES) throw new LoadError('too-large', { maxMb: MAX_DOCUMENT_BYTES / 1024 / 1024 });
    return await withTimeLimit(handle.readFile(), ms);
  } catch (err) {
    throw readFailure(err);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Whether a path exists as anything at all (a dangling link counts). */
export async function present(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}

/** Whether two paths are the same file (a hard link made by an interrupted migration). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
  return !!x && !!y && x.dev === y.dev && x.ino === y.ino;
}

/**
 * Why a folder refuses writes (`read-only` mount, `permission-denied`), or null. Asked with access()
 * because on a read-only mount a recursive mkdir reports ENOENT, not EROFS.
 */
export async function writeRefusal(dir: string, ms = FILE_TIME_LIMIT_MS): Promise<'read-only' | 'permission-denied' | null> {
  return withTimeLimit(access(dir, constants.W_OK), ms).then(
    () => null,
    (err: unknown) => {
      const errno = errnoOf(err);
      if (errno === 'EROFS') return 'read-only';
      return errno === 'EACCES' || errno === 'EPERM' ? 'permission-denied' : null;
    },
  );
}
