/**
 * Disks for the storage tests: a file system (over the real one) that fails the way a full,
 * read-only or refusing disk does, and a small tmpfs where the test may mount one.
 */
import { onTestFinished } from 'vitest';
import { nodeWriteFs, type WriteFs, type WriteHandle } from '../../../../electron/backend/storage/write';
import { fillLeaving, freeBytes, tryMountTmpfs, unmount } from '../../../tmpfs';

/** An errno error as Node raises it. */
export const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

export interface Faults {
  /** Bytes that still fit; a write beyond them is short, the next one fails with ENOSPC. */
  free?: number;
  /** At most this many bytes per write call (short writes). */
  maxPerWrite?: number;
  /** Every write returns 0 bytes. */
  zeroWrites?: boolean;
  /** Opening a file for writing fails with this errno. */
  openError?: string;
  /** Renaming fails with this errno. */
  renameError?: string;
  /** Reading back answers other bytes than were written. */
  corruptReadBack?: boolean;
  /** Opening a folder (to fsync it) fails with this errno. */
  folderOpenError?: string;
}

/** The real file system with faults injected (change `faults` at any time); `calls` records what was attempted. */
export function faultyFs(faults: Faults): WriteFs & { calls: string[] } {
  const calls: string[] = [];
  const wrap = (handle: WriteHandle): WriteHandle => ({
    async write(buffer, offset, length, position) {
      if (faults.zeroWrites) return { bytesWritten: 0 };
      const free = faults.free ?? Infinity;
      if (free <= 0) throw errno('ENOSPC');
      const n = Math.min(length, faults.maxPerWrite ?? Infinity, free);
      if (faults.free !== undefined) faults.free -= n;
      return handle.write(buffer, offset, n, position);
    },
    sync: () => handle.sync(),
    close: () => handle.close(),
  });
  return {
    calls,
    async open(path, flags, mode) {
      calls.push(`open ${flags}`);
      if (flags === 'r' && faults.folderOpenError) throw errno(faults.folderOpenError);
      if (flags !== 'r' && faults.openError) throw errno(faults.openError);
      const handle = await nodeWriteFs.open(path, flags, mode);
      return flags === 'r' ? handle : wrap(handle);
    },
    lstat: (path) => nodeWriteFs.lstat(path),
    async readFile(path) {
      const bytes = await nodeWriteFs.readFile(path);
      if (faults.corruptReadBack && path.includes('.iw-tmp-')) return Buffer.concat([bytes.subarray(0, -1), Buffer.from('!')]);
      return bytes;
    },
    async rename(from, to) {
      calls.push('rename');
      if (faults.renameError) throw errno(faults.renameError);
      return nodeWriteFs.rename(from, to);
    },
    unlink: (path) => nodeWriteFs.unlink(path),
  };
}

/** Mounts a small tmpfs on `dir` (unmounted when the test finishes); the reason when it cannot. */
export function mountTmpfs(dir: string, size = '2m'): string | null {
  const reason = tryMountTmpfs(dir, size);
  if (reason === null) onTestFinished(() => unmount(dir));
  return reason;
}

export { fillLeaving, freeBytes };
