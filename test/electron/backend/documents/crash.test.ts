import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createWorkspace } from '../../../../electron/backend/documents/workspace';
import { isTempName } from '../../../../electron/backend/storage/write';
import { parseDocumentText } from '../../../../shared/model/load';
import { seededRandom, tempDir } from '../../../helpers';

/** Kills in all, spread over lanes (each its own workspace) that run side by side, to keep the test fast. */
const KILLS = 200;
const LANES = 4;
/** Seeded, so a failing run can be repeated kill for kill. */
const SEED = 20260301;

/**
 * Runs the child until its code is loaded and `saves` saves have landed (counted, not timed, so
 * the file changes however slow the machine is), waits the given moment, then kills it hard.
 */
function runAndKill(script: string, dir: string, saves: number, delayMs: number): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    let lines = 0;
    let armed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      lines += chunk.toString().split('\n').length - 1;
      if (armed || lines < saves + 1) return;
      armed = true;
      setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.once('exit', () => done());
    child.once('error', fail);
  });
}

/**
 * The workspaces live in RAM where there is a tmpfs (/dev/shm): a SIGKILL is not a power cut (the
 * page cache survives it), so what is tested is the same, and fsync costs nothing there.
 */
async function fastDir(): Promise<string> {
  const dir = await mkdtemp(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'iw-crash-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Every file under a folder, with its path relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}

/** The document (and its backup) parse as version A or B, whole; answers which the document is. */
async function checkParses(dir: string): Promise<'A' | 'B' | null> {
  const text = await readFile(join(dir, 'crash-doc.impactwijzer.json'), 'utf8').catch(() => null);
  if (text === null) return null;
  const { document } = parseDocumentText(text);
  const title = document.context.title as 'A' | 'B';
  expect(['A', 'B']).toContain(title);
  expect(document.preparation.indicators).toHaveLength(title === 'A' ? 150 : 300);
  expect(document.preparation.indicators.every((i) => i.name.startsWith(title))).toBe(true);
  const backup = await readFile(join(dir, '.impactwijzer', 'reservekopie', 'crash-doc.json'), 'utf8').catch(() => null);
  if (backup !== null) expect(['A', 'B']).toContain(parseDocumentText(backup).document.context.title);
  // Every kept version parses whole too, as A or B; the history index, when there is one, is whole JSON.
  const versions = join(dir, '.impactwijzer', 'versies', 'crash-doc');
  for (const name of (await readdir(versions).catch(() => [] as string[])).filter((n) => /^\d+\.json$/.test(n))) {
    expect(['A', 'B']).toContain(parseDocumentText(await readFile(join(versions, name), 'utf8')).document.context.title);
  }
  const index = await readFile(join(versions, 'index.json'), 'utf8').catch(() => null);
  if (index !== null) expect(Array.isArray((JSON.parse(index) as { versions: unknown }).versions)).toBe(true);
  return title;
}

type Seen = { A: number; B: number; temps: number };

/** One lane: kills at seeded moments, checking the files after each (and counting the temp files kills left, for the log). */
async function lane(script: string, dir: string, seed: number, kills: number, seen: Seen) {
  const random = seededRandom(seed);
  for (let k = 0; k < kills; k++) {
    await runAndKill(script, dir, random() < 0.5 ? 0 : 1, Math.floor(random() * 40));
    const title = await checkParses(dir);
    if (title) seen[title]++;
    seen.temps += (await filesUnder(dir).catch(() => [])).filter((f) => isTempName(f.split('/').pop()!)).length;
  }
}

describe('crash safety of saving', () => {
  it(`document, backup and kept versions always parse as old or new over ${KILLS} kills; the next start leaves no temp file`, async () => {
    const root = await tempDir();
    const script = join(root, 'save-loop.cjs');
    // One plain-Node bundle of the real workspace code, so each child starts in milliseconds.
    await build({
      entryPoints: ['test/electron/backend/documents/save-loop.child.ts'],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: script,
      minify: true,
      logLevel: 'error',
    });
    const seen: Seen = { A: 0, B: 0, temps: 0 };
    const ram = await fastDir();
    const dirs = Array.from({ length: LANES }, (_, i) => join(ram, `werkmap-${i}`));
    await Promise.all(dirs.map((dir, i) => lane(script, dir, SEED + i, KILLS / LANES, seen)));
    // Both versions were seen (every child first saves the version not on disk, and most wait for a save to land).
    expect(seen.A).toBeGreaterThan(0);
    expect(seen.B).toBeGreaterThan(0);
    for (const dir of dirs) {
      await createWorkspace({ dir }).start();
      const left = await filesUnder(dir);
      const history = left.filter((f) => /^\.impactwijzer\/versies\/crash-doc\/(\d+|index)\.json$/.test(f));
      expect(history.length).toBeGreaterThan(0);
      expect(left.sort()).toEqual(
        ['crash-doc.impactwijzer.json', '.impactwijzer/reservekopie/crash-doc.json', '.impactwijzer/index.json', ...history]
          .filter((f) => left.includes(f))
          .sort(),
      );
      expect(left).toContain('crash-doc.impactwijzer.json');
      await checkParses(dir);
    }
    console.log(`crash test: ${seen.A + seen.B} documents checked; ${seen.temps} temp files seen after kills, none after a start`);
  }, 240_000);
});
