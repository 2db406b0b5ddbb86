/**
 * A small tmpfs for tests of a full disk (no test runner imports, so vitest and Playwright share
 * it). Mounting needs root on Linux; elsewhere the tests inject a failing file system instead.
 */
import { execFileSync } from 'node:child_process';
import { open, statfs } from 'node:fs/promises';
import { join } from 'node:path';

/** Mounts a tmpfs of `size` on `dir`; null when mounted, else the reason it could not be. */
export function tryMountTmpfs(dir: string, size = '2m'): string | null {
  if (process.platform !== 'linux') return 'a tmpfs can only be mounted on Linux';
  if (process.getuid?.() !== 0) return 'mounting a tmpfs needs root';
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
    return null;
  } catch (err) {
    return `mount failed: ${(err as Error).message.split('\n')[0]}`;
  }
}

/** Unmounts what tryMountTmpfs mounted. */
export function unmount(dir: string): void {
  execFileSync('umount', ['-l', dir]);
}

/** Fills the file system of `dir` until only about `leave` bytes are free; answers the filler's path. */
export async function fillLeaving(dir: string, leave: number): Promise<string> {
  const path = join(dir, 'filler.bin');
  const handle = await open(path, 'w');
  try {
    for (const size of [64 * 1024, 4096, 1]) {
      const chunk = Buffer.alloc(size, 0x20);
      for (;;) {
        try {
          await handle.write(chunk);
        } catch {
          break;
        }
      }
    }
    const { size } = await handle.stat();
    await handle.truncate(Math.max(0, size - leave));
  } finally {
    await handle.close();
  }
  return path;
}

/** Free bytes on the file system of `dir`. */
export async function freeBytes(dir: string): Promise<number> {
  const s = await statfs(dir);
  return s.bavail * s.bsize;
}
