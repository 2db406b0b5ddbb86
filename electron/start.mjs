// `npm start`: builds and launches the desktop app where an Electron binary exists; elsewhere starts
// the same UI in the browser (the loopback bridge, electron/bridge/cli.ts) on the default workspace
// ~/Impactwijzer, which then prints the address and, in the user's language (LANG), why it is not
// the desktop window, and opens the address when a browser is available.
// Arguments after `npm start --` go to the bridge (e.g. --port 0, --no-build); a file (`npm start -- plan.impactwijzer`)
// is opened where it is, by the desktop app or the bridge alike.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The Electron binary path, or null when none was installed (it cannot be downloaded here). */
export function electronBinary() {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

// npm runs this in the package folder: a file named on the command line is relative to where the user typed it.
const args = process.argv
  .slice(2)
  .map((arg) => (/\.(impactwijzer|json)$/i.test(arg) && !arg.startsWith('-') ? resolve(process.env.INIT_CWD ?? process.cwd(), arg) : arg));

const binary = electronBinary();
if (binary) {
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const run = spawnSync(binary, [root, ...args.filter((arg) => /\.(impactwijzer|json)$/i.test(arg))], { cwd: root, stdio: 'inherit' });
  process.exit(run.status ?? 0);
}

const workspace = join(homedir(), 'Impactwijzer');
const bridge = spawn(
  process.execPath,
  ['--import', 'tsx', join(root, 'electron', 'bridge', 'cli.ts'), '--workspace', workspace, '--open', '--no-desktop', ...args],
  { cwd: root, stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => bridge.kill(signal));
bridge.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
