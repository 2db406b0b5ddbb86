/**
 * Every `--out` of the command line goes through the verified write: on a full disk it answers
 * the disk-full message (exit 2) and an existing file stays byte-identical.
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../../electron/cli';
import { translate } from '../../../../shared/i18n';
import { tempDir } from '../../../helpers';
import { fillLeaving, mountTmpfs } from './disk';

const OLD = Buffer.from('de vorige versie\n');

/** A full tmpfs holding `bestaand.<ext>` files and a source document beside it; null when it cannot be mounted. */
async function fullDisk(): Promise<{ dir: string; source: string } | null> {
  const root = await tempDir();
  const source = join(root, 'oud.json');
  await copyFile('test/fixtures/v1-minimal.json', source);
  const dir = join(root, 'vol');
  await mkdir(dir);
  const reason = mountTmpfs(dir, '1m');
  if (reason) {
    console.log(`Skipped the full-disk CLI case: ${reason}`);
    return null;
  }
  for (const ext of ['json', 'pdf', 'csv']) await writeFile(join(dir, `bestaand.${ext}`), OLD);
  await fillLeaving(dir, 0);
  return { dir, source };
}

describe('the command line writing to a full disk', () => {
  it('migrate --out answers the disk-full message with exit 2, in Dutch and in English; the old file is unchanged', async (ctx) => {
    const disk = await fullDisk();
    if (!disk) return ctx.skip();
    const out = join(disk.dir, 'bestaand.json');
    for (const lang of ['nl', 'en'] as const) {
      const r = spawnSync(process.execPath, ['electron/bin.mjs', 'migrate', disk.source, '--out', out, '--lang', lang], {
        encoding: 'utf8',
      });
      expect(r.status).toBe(2);
      expect(r.stderr.trim()).toBe(translate(lang, 'errors.disk-full'));
      expect(await readFile(out)).toEqual(OLD);
    }
    expect((await readdir(disk.dir)).sort()).toEqual(['bestaand.csv', 'bestaand.json', 'bestaand.pdf', 'filler.bin']);
  });

  it.for<[string, (source: string, out: string) => string[], string]>([
    ['example', (_source: string, out: string) => ['example', '--out', out], 'json'],
    ['migrate', (source: string, out: string) => ['migrate', source, '--out', out], 'json'],
    ['export', (source: string, out: string) => ['export', source, '--out', out], 'pdf'],
    ['csv', (source: string, out: string) => ['csv', source, '--out', out], 'csv'],
  ])('%s --out: disk-full, the existing file byte-identical, no temp file', async ([, args, ext], ctx) => {
    const disk = await fullDisk();
    if (!disk) return ctx.skip();
    const out = join(disk.dir, `bestaand.${ext}`);
    await expect(run(args(disk.source, out))).rejects.toMatchObject({ code: 'disk-full' });
    expect(await readFile(out)).toEqual(OLD);
    expect((await readdir(disk.dir)).filter((f) => f.includes('.iw-tmp-'))).toEqual([]);
  });
});
