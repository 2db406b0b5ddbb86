/**
 * The app as `npm run dist` builds it (electron-vite: main, preload, renderer), into a temp
 * folder of the calling test file, so files built in parallel never overwrite each other.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll } from 'vitest';

/** Builds once before the file's tests and removes the output after them; read `.dir` inside tests. */
export function builtApp(): { dir: string } {
  const built = { dir: '' };
  beforeAll(() => {
    built.dir = mkdtempSync(join(tmpdir(), 'iw-built-'));
    execFileSync(
      process.execPath,
      ['node_modules/electron-vite/bin/electron-vite.js', 'build', '--logLevel', 'error', '--outDir', built.dir],
      {
        stdio: 'pipe',
      },
    );
    return () => rmSync(built.dir, { recursive: true, force: true });
  }, 120_000);
  return built;
}
