/**
 * The real desktop app opening a file from the system (a path on its command line, as a
 * double-click does): the file is edited where it is, and a second start with the same file hands
 * it to the first instance, which opens the same document. Skips where there is no Electron binary.
 */
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

function electronBinary(): string | null {
  const dir = join(process.cwd(), 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const builtMain = existsSync(join(process.cwd(), 'out', 'main', 'index.js'));

test.describe('opening a file from the system (real Electron)', () => {
  test.skip(
    !binary,
    'No Electron binary on this machine: node_modules/electron has no downloaded dist (no internet to fetch it). ' +
      'The same path runs through the real main against a fake Electron (test/electron/main/open-file.test.ts) ' +
      'and in Chromium over the bridge (test/e2e/opened-file.spec.ts).',
  );
  test.skip(!builtMain, 'The Electron main is not built: run `npm run build` first.');

  test('edits the opened file in place; a second start with the same file opens the same document', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'iw-electron-'));
    const desk = mkdtempSync(join(tmpdir(), 'iw-desk-'));
    const file = join(desk, 'heerlen.impactwijzer');
    writeFileSync(file, readFileSync('assets/examples/medtech-heerlen.json'));
    // The app shows the file's real path (on macOS the temp folder is behind a link).
    const shown = realpathSync(file);
    const app = await electron.launch({ executablePath: binary!, args: ['.', `--user-data-dir=${profile}`, file] });
    try {
      const window = await app.firstWindow();
      const title = window.getByLabel('Titel', { exact: true });
      await expect(title).toHaveValue('Voorbeeld: Medtech-logistiek Heerlen');
      await expect(window.getByRole('toolbar')).toContainText(`Geopend vanaf ${shown}`);
      await title.fill('Heerlen, in het eigen bestand');
      await expect(window.getByRole('toolbar').getByRole('status')).toHaveText('Opgeslagen');
      await expect.poll(() => JSON.parse(readFileSync(file, 'utf8')).context.title).toBe('Heerlen, in het eigen bestand');

      // A second start (the same profile) gets no lock, hands its file over and exits at once.
      const second = spawnSync(binary!, ['.', `--user-data-dir=${profile}`, file], { timeout: 30_000 });
      expect(second.status).toBe(0);
      await expect(title).toHaveValue('Heerlen, in het eigen bestand');
      await window.getByRole('button', { name: 'Terug naar het overzicht' }).click();
      await expect(window.getByRole('row', { name: /Heerlen, in het eigen bestand/ })).toHaveCount(1);
      await expect(window.getByRole('row', { name: /Heerlen, in het eigen bestand/ })).toContainText(`Opgeslagen in ${shown}`);
    } finally {
      await app.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(desk, { recursive: true, force: true });
    }
  });
});
