import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

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

test.describe('the desktop app (real Electron)', () => {
  test.skip(!binary, 'No Electron binary on this machine: node_modules/electron has no downloaded dist (no internet to fetch it). The same UI and backend run in Chromium over the bridge (project "chromium").');
  test.skip(!builtMain, 'The Electron main is not built: run `npm run build` first.');

  test('starts, shows the Dutch start screen, and exposes only the contract', async () => {
    const app = await electron.launch({ executablePath: binary!, args: ['.'] });
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { level: 1, name: 'Uw beoordelingen' })).toBeVisible();
    const keys = await window.evaluate(() => Object.keys((window as unknown as { impactwijzer: object }).impactwijzer).sort());
    expect(keys).toContain('workspaceList');
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    await app.close();
  });
});
