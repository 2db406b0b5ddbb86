// `npm start`: builds and launches the desktop app where an Electron binary can be had;
// elsewhere stops with one clear line pointing to `npm run web`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

const binary = electronBinary();
if (!binary) {
  console.error(
    'Geen Electron-programma gevonden op deze machine (het kan hier niet worden gedownload); ' +
      'start de app in de browser met: npm run web -- --workspace MAP',
  );
  process.exit(1);
}
const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync(binary, [root], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 0);
