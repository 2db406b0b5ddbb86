#!/usr/bin/env node
// `npm run cli -- …` inside the repo: runs the built command (dist-cli/impactwijzer.mjs, plain
// JavaScript). When it is missing or older than the sources, it is rebuilt first with esbuild;
// only when that cannot be done (no esbuild) does it fall back to compiling TypeScript through tsx.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist-cli', 'impactwijzer.mjs');

/** The newest modification time of the files under the folders (0 when there are none). */
function newest(folders) {
  let time = 0;
  for (const folder of folders) {
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) time = Math.max(time, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return time;
}

const sources = [join(root, 'electron'), join(root, 'shared')].filter(existsSync);
const fresh = existsSync(bundle) && (sources.length === 0 || statSync(bundle).mtimeMs >= newest(sources));
let built = fresh;
if (!fresh) {
  try {
    const { buildCli } = await import('./build-cli.mjs');
    await buildCli();
    built = true;
  } catch {
    built = false;
  }
}
if (built) {
  await import('../dist-cli/impactwijzer.mjs');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('./cli.ts');
  await main(process.argv.slice(2));
}
