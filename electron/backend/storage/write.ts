/**
 * The one place that writes a file. Every write is verified and atomic: a temp file in the same
 * folder, every byte written (short writes are continued), fsync, read back and compared by
 * sha256, renamed over the target, the folder fsync'd. Any failure removes the temp file, leaves
 * the previous file byte-identical and raises a BackendError with a code the user can act on.
 */
import { createHash, randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { BackendError } from '../../../shared/errors';
import { errnoOf, fromNodeError } from '../node-errors';

/** The part of an open file a write needs. */
export interface WriteHandle {
  write(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file-system calls a write makes; node:fs/promises by default, a fake in tests (ENOSPC, short writes, …). */
export interface WriteFs {
  open(path: string, flags: string, mode?: number): Promise<WriteHandle>;
  lstat(path: string): Promise<{ isFile(): boolean; isSymbolicLink(): boolean; mode: number }>;
  readFile(path: string): Promise<Uint8Array>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

/** The real file system. */
export const nodeWriteFs: WriteFs = {
  open: (path, flags, mode) => nodeFs.open(path, flags, mode),
  lstat: (path) => nodeFs.lstat(path),
  readFile: (path) => nodeFs.readFile(path),
  rename: (from, to) => nodeFs.rename(from, to),
  unlink: (path) => nodeFs.unlink(path),
};

export interface WriteOptions {
  /** Refuse with `too-large` (before anything is written) when the bytes are more than this. */
  maxBytes?: number;
  fs?: WriteFs;
}

/** The infix of our temp files: `.<name>.iw-tmp-<hex>`, recognisable at start so leftovers can be removed. */
export const TEMP_INFIX = '.iw-tmp-';
const TEMP_NAME = /^\..+\.iw-tmp-[0-9a-f]{12}$/;

/** Whether a file name is one of our temp files. */
export const isTempName = (name: string): boolean => TEMP_NAME.test(name);

/** A write that keeps returning 0 bytes this many times in a row means the disk is full. */
const ZERO_WRITES = 3;
/** Any failure of a write as a BackendError: disk-full, read-only, permission-denied (node-errors.ts), not-a-file or io-error. */
export function writeFailure(err: unknown): BackendError {
  const known = fromNodeError(err);
  if (known instanceof BackendError) return known;
  const errno = errnoOf(err);
  if (errno === 'EISDIR') return new BackendError('not-a-file');
  return new BackendError('io-error', { errno: errno ?? 'unknown' });
}

/** The sha256 of bytes, as hex. */
export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Writes every byte, continuing after short writes; a write that keeps writing nothing is a full disk. */
async function writeAll(handle: WriteHandle, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  let zeros = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, offset);
    if (!Number.isInteger(bytesWritten) || bytesWritten < 0 || bytesWritten > bytes.length - offset) {
      throw new BackendError('io-error', { errno: 'write-count' });
    }
    zeros = bytesWritten === 0 ? zeros + 1 : 0;
    if (zeros >= ZERO_WRITES) throw new BackendError('disk-full');
    offset += bytesWritten;
  }
}

/**
 * The target must be a regular file (or a link, which the rename replaces) or not exist yet;
 * answers the mode the new file gets (the old file's permissions are kept).
 */
async function checkTarget(fs: WriteFs, path: string): Promise<number> {
  let info;
  try {
    info = await fs.lstat(path);
  } catch (err) {
    if (errnoOf(err) === 'ENOENT') return 0o666;
    throw err;
  }
  if (!info.isFile() && !info.isSymbolicLink()) throw new BackendError('not-a-file');
  return info.isFile() ? info.mode & 0o777 : 0o666;
}

/** Fsyncs a folder so the rename survives a power cut; platforms that cannot (Windows) are let be. */
async function syncFolder(fs: WriteFs, dir: string): Promise<void> {
  let handle: WriteHandle;
  try {
    handle = await fs.open(dir, 'r');
  } catch (err) {
    if (['EISDIR', 'EPERM', 'EACCES'].includes(errnoOf(err) ?? '')) return;
    throw err;
  }
  try {
    await handle.sync();
  } catch (err) {
    if (!['EISDIR', 'EPERM', 'EINVAL', 'EBADF'].includes(errnoOf(err) ?? '')) throw err;
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Writes the temp file and checks what landed on disk is what was meant. */
async function writeTemp(fs: WriteFs, temp: string, bytes: Uint8Array, mode: number): Promise<void> {
  const handle = await fs.open(temp, 'wx', mode);
  try {
    await writeAll(handle, bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  const back = await fs.readFile(temp);
  if (back.length !== bytes.length || sha256(back) !== sha256(bytes)) throw new BackendError('io-error', { errno: 'verify' });
}

/** Writes bytes (or UTF-8 text) to a file, verified and atomically; see the top of this file. */
export async function writeVerified(path: string, content: Uint8Array | string, options: WriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeWriteFs;
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  if (options.maxBytes !== undefined && bytes.length > options.maxBytes) {
    throw new BackendError('too-large', { maxMb: options.maxBytes / 1024 / 1024 });
  }
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}${TEMP_INFIX}${randomBytes(6).toString('hex')}`);
  try {
    const mode = await checkTarget(fs, path);
    await writeTemp(fs, temp, bytes, mode);
    await fs.rename(temp, path);
  } catch (err) {
    await fs.unlink(temp).catch(() => undefined);
    throw writeFailure(err);
  }
  try {
    await syncFolder(fs, dir);
  } catch (err) {
    throw writeFailure(err);
  }
}
