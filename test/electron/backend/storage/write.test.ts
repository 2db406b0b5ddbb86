/**
 * The verified write, through an injected file system that fails like a real disk (always) and
 * on a small tmpfs (as root on Linux): whatever fails, the previous file is byte-identical, no
 * temp file stays, and the error is a code the user can act on.
 */
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeVerified, type WriteFs } from '../../../../electron/backend/storage/write';
import { BackendError } from '../../../../shared/errors';
import { tempDir } from '../../../helpers';
import { faultyFs, fillLeaving, freeBytes, mountTmpfs, type Faults } from './disk';

const OLD = Buffer.from('{"version":"old"}\n');
const NEW = Buffer.alloc(57 * 1024, 0x61);

/** A folder with the old file in it. */
async function withOldFile(): Promise<{ dir: string; target: string }> {
  const dir = await tempDir();
  const target = join(dir, 'doc.json');
  await writeFile(target, OLD);
  return { dir, target };
}

/** The code a write fails with. */
async function failure(path: string, bytes: Uint8Array, fs?: WriteFs, maxBytes?: number): Promise<BackendError> {
  const err = await writeVerified(path, bytes, { fs, maxBytes }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(BackendError);
  return err as BackendError;
}

/** The old file is byte-identical and no temp file stayed. */
async function unchanged(dir: string, target: string): Promise<void> {
  expect(await readFile(target)).toEqual(OLD);
  expect(await readdir(dir)).toEqual(['doc.json']);
}

describe('the verified write, through an injected file system', () => {
  it.each<[string, string, Faults]>([
    ['near-full: 57 KB on a disk with 40 KB free', 'disk-full', { free: 40 * 1024 }],
    ['full: no byte free', 'disk-full', { free: 0 }],
    ['a write that keeps writing 0 bytes', 'disk-full', { zeroWrites: true }],
    ['a read-only disk (EROFS)', 'read-only', { openError: 'EROFS' }],
    ['a refused permission (EACCES)', 'permission-denied', { openError: 'EACCES' }],
    ['a refused rename (EPERM)', 'permission-denied', { renameError: 'EPERM' }],
    ['a quota (EDQUOT)', 'disk-full', { openError: 'EDQUOT' }],
    ['another I/O error (EIO)', 'io-error', { openError: 'EIO' }],
    ['bytes that read back differently', 'io-error', { corruptReadBack: true }],
  ])('%s: the code is %s, the old file is byte-identical, no temp file stays', async (_name, code, faults) => {
    const { dir, target } = await withOldFile();
    const err = await failure(target, NEW, faultyFs(faults));
    expect(err.code).toBe(code);
    await unchanged(dir, target);
  });

  it('continues short writes until every byte is written', async () => {
    const { target } = await withOldFile();
    const fs = faultyFs({ maxPerWrite: 1000 });
    await writeVerified(target, NEW, { fs });
    expect(await readFile(target)).toEqual(NEW);
    expect(fs.calls.filter((c) => c === 'rename')).toHaveLength(1);
  });

  it('writes when the folder cannot be opened to fsync it (as on Windows)', async () => {
    const { target } = await withOldFile();
    await writeVerified(target, NEW, { fs: faultyFs({ folderOpenError: 'EISDIR' }) });
    expect(await readFile(target)).toEqual(NEW);
  });

  it('refuses more than the limit with too-large before anything is written', async () => {
    const { dir, target } = await withOldFile();
    const fs = faultyFs({});
    const err = await failure(target, NEW, fs, 1024);
    expect(err.info).toEqual({ code: 'too-large', params: { maxMb: 1024 / 1024 / 1024 } });
    expect(fs.calls).toEqual([]);
    await unchanged(dir, target);
  });

  it('never replaces a folder or a FIFO: not-a-file, and both stay what they were', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'Exports'));
    expect((await failure(join(dir, 'Exports'), NEW)).code).toBe('not-a-file');
    expect((await stat(join(dir, 'Exports'))).isDirectory()).toBe(true);
    execFileSync('mkfifo', [join(dir, 'pijp.json')]);
    expect((await failure(join(dir, 'pijp.json'), NEW)).code).toBe('not-a-file');
    expect((await stat(join(dir, 'pijp.json'))).isFIFO()).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(['Exports', 'pijp.json']);
  });

  it('keeps the permissions of the file it replaces', async () => {
    const { target } = await withOldFile();
    await chmod(target, 0o600);
    await writeVerified(target, NEW);
    expect((await stat(target)).mode & 0o777).toBe(0o600);
  });

  it('writes text as UTF-8 and replaces the old file whole', async () => {
    const { dir, target } = await withOldFile();
    await writeVerified(target, 'ĳs en weer\n');
    expect(await readFile(target, 'utf8')).toBe('ĳs en weer\n');
    expect(await readdir(dir)).toEqual(['doc.json']);
  });
});

describe('the verified write on a small tmpfs', () => {
  it('near-full (40 KB free) and full: disk-full, the old file byte-identical; after freeing space it writes', async (ctx) => {
    const dir = await tempDir();
    const reason = mountTmpfs(dir);
    if (reason) {
      console.log(`Skipped the tmpfs case: ${reason}`);
      ctx.skip();
      return;
    }
    const target = join(dir, 'doc.json');
    await writeFile(target, OLD);
    const filler = await fillLeaving(dir, 40 * 1024);
    expect(await freeBytes(dir)).toBeLessThan(NEW.length);
    expect((await failure(target, NEW)).code).toBe('disk-full');
    expect(await readFile(target)).toEqual(OLD);
    await fillLeaving(dir, 0);
    expect((await failure(target, NEW)).code).toBe('disk-full');
    expect(await readFile(target)).toEqual(OLD);
    expect((await readdir(dir)).sort()).toEqual(['doc.json', 'filler.bin']);
    await writeFile(filler, '');
    await writeVerified(target, NEW);
    expect(await readFile(target)).toEqual(NEW);
  });

  it('read-only (the tmpfs remounted read-only): read-only, the old file byte-identical', async (ctx) => {
    const dir = await tempDir();
    const reason = mountTmpfs(dir);
    if (reason) {
      console.log(`Skipped the tmpfs case: ${reason}`);
      ctx.skip();
      return;
    }
    const target = join(dir, 'doc.json');
    await writeFile(target, OLD);
    execFileSync('mount', ['-o', 'remount,ro', dir]);
    expect((await failure(target, NEW)).code).toBe('read-only');
    expect(await readFile(target)).toEqual(OLD);
    expect(await readdir(dir)).toEqual(['doc.json']);
  });
});
