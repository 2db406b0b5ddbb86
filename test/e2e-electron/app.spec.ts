import { existsSync, mkdtempSync, readFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';

/** The Electron binary, when this machine has one (it cannot be downloaded on every machine). */
function electronBinary(): string | null {
  const dir = join(process.cwd(), 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const builtMain = existsSync(join(process.cwd(), 'out', 'main', 'index.js'));

/** Starts the real app with its own profile, and dialogs that answer with files in `dialogs`. */
async function launch(profile: string, dialogs: string): Promise<ElectronApplication> {
  return electron.launch({
    executablePath: binary!,
    args: ['.', `--user-data-dir=${profile}`],
    env: { ...process.env, IMPACTWIJZER_TEST_DIALOGS: dialogs },
  });
}

async function clickMenu(app: ElectronApplication, path: string[]): Promise<void> {
  await app.evaluate(({ Menu }, labels) => {
    let items = Menu.getApplicationMenu()!.items;
    let item;
    for (const label of labels) {
      item = items.find((i) => i.label === label)!;
      items = item.submenu?.items ?? [];
    }
    item!.click();
  }, path);
}

test.describe('the desktop app (real Electron)', () => {
  test.skip(
    !binary,
    'No Electron binary on this machine: node_modules/electron has no downloaded dist (no internet to fetch it). ' +
      'The same UI and backend run in Chromium over the bridge (project "chromium"); the shell is covered by unit tests.',
  );
  test.skip(!builtMain, 'The Electron main is not built: run `npm run build` first.');

  test('starts, exposes only the contract, menu follows the UI language, imports, exports and reopens', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'iw-electron-'));
    const dialogs = mkdtempSync(join(tmpdir(), 'iw-dialogs-'));
    copyFileSync('assets/examples/medtech-heerlen.json', join(dialogs, 'open.json'));
    let app = await launch(profile, dialogs);
    let window = await app.firstWindow();
    await expect(window.getByRole('heading', { level: 1, name: 'Uw beoordelingen' })).toBeVisible();
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await window.evaluate(() => Object.keys((window as unknown as { impactwijzer: object }).impactwijzer).length)).toBeGreaterThan(
      10,
    );

    expect(await app.evaluate(({ Menu }) => Menu.getApplicationMenu()!.items.map((i) => i.label))).toContain('Bestand');
    await window.getByLabel('Taal').selectOption('en');
    await expect.poll(() => app.evaluate(({ Menu }) => Menu.getApplicationMenu()!.items.map((i) => i.label))).toContain('File');
    await window.getByLabel('Language').selectOption('nl');

    // Import through the (replaced) open dialog, then export through the save dialog.
    await clickMenu(app, ['Bestand', 'Importeren…']);
    await expect(window.getByRole('heading', { level: 1, name: 'Context' })).toBeVisible();
    await clickMenu(app, ['Bestand', 'Exporteren als PDF…']);
    await window.getByRole('dialog').getByRole('button', { name: 'Exporteren' }).click();
    await expect(window.getByRole('dialog').getByRole('status')).toContainText('Opgeslagen');
    expect(existsSync(join(dialogs, 'voorbeeld-medtech-logistiek-heerlen.pdf'))).toBe(true);
    await app.close();

    // Reopening restores the last document.
    app = await launch(profile, dialogs);
    window = await app.firstWindow();
    await expect(window.getByLabel('Titel', { exact: true })).toHaveValue('Voorbeeld: Medtech-logistiek Heerlen');
    await app.close();
  });
});
