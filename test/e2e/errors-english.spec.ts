/**
 * Errors cross the contract as codes and are put into words where the user reads them: with
 * the UI in English, a missing document, a bad import and a full disk read in English, and no
 * Dutch sentence shows.
 */
import { execFileSync } from 'node:child_process';
import { copyFile, open, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { translate } from '../../shared/i18n';
import { expect, openApp, test, type App } from './fixtures';

/** Words that only a Dutch sentence would carry. */
const DUTCH = /\b(het|niet|bestand|werkmap|opnieuw|probeer|schijf|mislukt|ongeldig|hoort)\b/i;

async function inEnglish(page: Page, app: App): Promise<void> {
  await openApp(page, app);
  await page.getByLabel('Taal').selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your assessments');
}

async function createDocument(page: Page, title: string): Promise<void> {
  await page.getByLabel('Title of the new assessment').fill(title);
  await page.getByRole('button', { name: 'New assessment' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Context');
  await page.getByRole('button', { name: 'Back to the overview' }).click();
  await expect(page.getByRole('button', { name: `Open ${title}` })).toBeVisible();
}

test('a document whose file was removed after the list was shown: an English message', async ({ page, app }) => {
  await copyFile('test/fixtures/v1-minimal.json', join(app.workspaceDir, 'groen-in-de-wijk.impactwijzer.json'));
  await inEnglish(page, app);
  await expect(page.getByRole('button', { name: 'Open Groen in de wijk' })).toBeVisible();
  await rm(join(app.workspaceDir, 'groen-in-de-wijk.impactwijzer.json'));
  await page.getByRole('button', { name: 'Open Groen in de wijk' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Something went wrong' });
  await expect(alert).toContainText(translate('en', 'errors.not-found'));
  await expect(alert).toContainText('look in the trash or import it again');
  expect(await alert.innerText()).not.toMatch(DUTCH);
  await expect(page.getByText(translate('nl', 'errors.not-found'))).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/en-error-not-found.png', fullPage: true });
});

test('importing a bad file: an English message with the problems at their paths', async ({ page, app }) => {
  await inEnglish(page, app);
  const bad = { schemaVersion: 2, id: 'kapot', context: { title: 12 } };
  await page
    .getByLabel('Import an assessment (JSON file)')
    .setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  const alert = page.getByRole('alert').filter({ hasText: 'Import failed.' });
  await expect(alert).toContainText('The file is not a valid assessment');
  await expect(alert).toContainText('context.title: this should be text');
  expect(await alert.innerText()).not.toMatch(DUTCH);

  await page
    .getByLabel('Import an assessment (JSON file)')
    .setInputFiles({ name: 'tekst.json', mimeType: 'application/json', buffer: Buffer.from('dit is geen json') });
  await expect(alert).toContainText(translate('en', 'errors.file-not-json'));
  expect(await alert.innerText()).not.toMatch(DUTCH);
  expect((await readdir(app.workspaceDir)).filter((f) => f.endsWith('.json'))).toEqual([]);
  await page.screenshot({ path: 'test-results/screens/en-error-import.png', fullPage: true });
});

/** Mounts a small tmpfs over the workspace; null (with the reason) where mounting is not allowed. */
function mountTmpfs(dir: string): string | null {
  if (process.platform !== 'linux') return 'a tmpfs can only be mounted on Linux';
  if (process.getuid?.() !== 0) return 'mounting a tmpfs needs root';
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=512k', 'tmpfs', dir], { stdio: 'pipe' });
    return null;
  } catch (err) {
    return `mount failed: ${(err as Error).message.split('\n')[0]}`;
  }
}

/** Fills a file system to the last byte (large blocks first, then single bytes). */
async function fill(path: string): Promise<void> {
  const handle = await open(path, 'w');
  try {
    for (const size of [64 * 1024, 4096, 1]) {
      const chunk = Buffer.alloc(size, 0x20);
      for (;;) {
        try {
          await handle.write(chunk);
        } catch {
          break;
        }
      }
    }
  } finally {
    await handle.close();
  }
}

test('saving to a full disk: an English message, and the edit stays on screen', async ({ page, app }) => {
  // The bridge made the workspace folder; the tmpfs goes over it before the page first touches it.
  const reason = mountTmpfs(app.workspaceDir);
  if (reason) {
    console.log(`Skipped the full-disk case: ${reason}`);
    test.skip(true, reason);
    return;
  }
  try {
    await inEnglish(page, app);
    await createDocument(page, 'Full disk');
    await page.getByRole('button', { name: 'Open Full disk' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Context');
    await fill(join(app.workspaceDir, 'filler.bin'));
    await page.getByLabel('Organisation', { exact: true }).fill('Municipality of Exampletown');
    const toolbar = page.getByRole('toolbar');
    await expect(toolbar).toContainText(`Saving failed: ${translate('en', 'errors.disk-full')}`, { timeout: 15_000 });
    expect(await toolbar.innerText()).not.toMatch(DUTCH);
    await expect(page.getByLabel('Organisation', { exact: true })).toHaveValue('Municipality of Exampletown');
    await page.screenshot({ path: 'test-results/screens/en-error-disk-full.png', fullPage: true });
  } finally {
    execFileSync('umount', ['-l', app.workspaceDir]);
  }
});
