import { spawn } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { parseDocumentText } from '../../../../shared/model/load';
import { seededRandom, tempDir } from '../../../helpers';

const KILLS = 120;
/** Seeded, so a failing run can be repeated kill for kill. */
const SEED = 20260301;

/** Runs the child until it has saved once, waits the given moment, then kills it hard. */
function runAndKill(script: string, dir: string, delayMs: number): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), delayMs));
    child.once('exit', () => done());
    child.once('error', fail);
  });
}

describe('crash safety of saving', () => {
  it(`the file always parses as the old or the new version, over ${KILLS} kills at seeded random moments`, async () => {
    const root = await tempDir();
    const script = join(root, 'save-loop.cjs');
    // One plain-Node bundle of the real workspace code, so each child starts in milliseconds.
    await build({
      entryPoints: ['test/electron/backend/documents/save-loop.child.ts'],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: script,
      logLevel: 'error',
    });
    const dir = join(root, 'werkmap');
    const seen = { A: 0, B: 0 };
    const random = seededRandom(SEED);
    for (let k = 0; k < KILLS; k++) {
      await runAndKill(script, dir, Math.floor(random() * 40));
      const text = await readFile(join(dir, 'crash-doc.impactwijzer.json'), 'utf8');
      const { document } = parseDocumentText(text);
      const title = document.context.title as 'A' | 'B';
      expect(['A', 'B']).toContain(title);
      expect(document.preparation.indicators).toHaveLength(title === 'A' ? 300 : 600);
      expect(document.preparation.indicators.every((i) => i.name.startsWith(title))).toBe(true);
      seen[title]++;
      const backups = join(dir, '.impactwijzer', 'reservekopie');
      const backup = (await readdir(backups)).filter((f) => f === 'crash-doc.json');
      if (backup.length) parseDocumentText(await readFile(join(backups, 'crash-doc.json'), 'utf8'));
    }
    // Both versions were seen: the kills really landed at different moments.
    expect(seen.A).toBeGreaterThan(0);
    expect(seen.B).toBeGreaterThan(0);
  }, 180_000);
});
