// Builds the `impactwijzer` command into one plain JavaScript file, dist-cli/impactwijzer.mjs,
// so it runs on bare Node without compiling TypeScript at run time. Run by `npm run cli`,
// `npm test` and the test set-up; `node electron/build-cli.mjs` rebuilds it by hand.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_BUNDLE = join(root, 'dist-cli', 'impactwijzer.mjs');

/**
 * Bundles electron/cli-entry.ts: a small first file that answers --version at once, and the commands
 * (electron/cli.ts and its dependencies) in a chunk it loads for everything else. All files land
 * in dist-cli/, one level below the root as electron/ is, so import.meta.url finds assets/ as in the repo.
 */
export async function buildCli() {
  rmSync(join(root, 'dist-cli'), { recursive: true, force: true });
  await build({
    entryPoints: { impactwijzer: join(root, 'electron', 'cli-entry.ts') },
    bundle: true,
    splitting: true,
    chunkNames: '[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    target: 'node20',
    format: 'esm',
    outdir: join(root, 'dist-cli'),
    logLevel: 'error',
    legalComments: 'none',
    banner: {
      js: [
        '#!/usr/bin/env node',
        "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
      ].join('\n'),
    },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
