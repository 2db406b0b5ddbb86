import { spawn, spawnSync } from 'node:child_process';
import { open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { run } from '../../electron/cli';
import { tempDir } from '../helpers';

/** The built command (dist-cli/impactwijzer.mjs, built by the test set-up), as `npx impactwijzer` runs it. */
const BUILT = 'dist-cli/impactwijzer.mjs';

/** A reader that takes one small piece at a time and asks for the next only after yielding to the event loop several times. */
function slowReader(): { sink: Writable; bytes: () => number } {
  let total = 0;
  const sink = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _encoding, done) {
      total += chunk.length;
      let turns = 20;
      const later = () => (--turns > 0 ? setImmediate(later) : done());
      setImmediate(later);
    },
  });
  return { sink, bytes: () => total };
}

describe('the built command', () => {
  it('runs as plain JavaScript on bare Node, without tsx', () => {
    const r = spawnSync(process.execPath, [BUILT, '--version'], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = spawnSync(process.execPath, [BUILT, '--help', '--lang', 'en'], { encoding: 'utf8' });
    expect(help.stdout).toContain('Usage: impactwijzer');
  });

  it('hands a slow reader all of a large output before it exits (more than a 64 KiB pipe holds)', async () => {
    const expected = await run(['catalogue', '--json']);
    const size = Buffer.byteLength(`${expected.stdout.join('\n')}\n`);
    expect(size).toBeGreaterThan(65_536 * 2);
    // A real OS pipe (a FIFO), as in `impactwijzer catalogue --json | jq`: the command's stdout is its write end.
    const dir = await tempDir('iw-drain-');
    try {
      const fifo = join(dir, 'pipe');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      const opening = open(fifo, 'r'); // a FIFO opens once both ends are asked for
      const writeEnd = await open(fifo, 'w');
      const readEnd = await opening;
      const child = spawn(process.execPath, [BUILT, 'catalogue', '--json'], { stdio: ['ignore', writeEnd.fd, 'inherit'] });
      await writeEnd.close();
      const exited = new Promise<number | null>((done) => child.once('exit', done));
      const { sink, bytes } = slowReader();
      await pipeline(readEnd.createReadStream({ highWaterMark: 1024 }), sink);
      expect(await exited).toBe(0);
      expect(bytes()).toBe(size);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the language of the command', () => {
  const env = (lang: string) => ({ ...process.env, LANG: lang, LC_ALL: '', LC_MESSAGES: '' });

  it('follows LANG when --lang is not given, and --lang wins over LANG', () => {
    const english = spawnSync(process.execPath, [BUILT, '--help'], { encoding: 'utf8', env: env('en_GB.UTF-8') });
    expect(english.stdout).toContain('Usage: impactwijzer');
    const error = spawnSync(process.execPath, [BUILT, 'validate'], { encoding: 'utf8', env: env('en_GB.UTF-8') });
    expect(error.status).toBe(2);
    expect(error.stderr).toContain('Name a file.');
    const dutch = spawnSync(process.execPath, [BUILT, 'validate', '--lang', 'nl'], { encoding: 'utf8', env: env('en_GB.UTF-8') });
    expect(dutch.stderr).toContain('Geef een bestand op.');
    const neutral = spawnSync(process.execPath, [BUILT, '--help'], { encoding: 'utf8', env: env('C.UTF-8') });
    expect(neutral.stdout).toContain('Gebruik: impactwijzer');
  });
});
