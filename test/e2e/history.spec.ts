import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];
const saved = (page: Page) => expect(page.getByRole('toolbar', { name: 'Beoordeling' }).getByRole('status')).toHaveText('Opgeslagen');

async function axe(page: Page, selector: string) {
  const result = await new AxeBuilder({ page }).include(selector).withTags(AXE_TAGS).analyze();
  expect(result.violations.map((v) => `${v.id} ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([]);
}

test('Eerdere versies: edit several times, view one read-only, restore it; the content is back on disk', async ({ page, app }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, app);
  await page.getByLabel('Titel van de nieuwe beoordeling').fill('Historie');
  await page.getByRole('button', { name: 'Nieuwe beoordeling' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Context');
  const organisation = page.getByLabel('Organisatie');
  for (const value of ['Versie één', 'Versie twee', 'Versie drie']) {
    await organisation.fill(value);
    await saved(page);
  }

  // Keyboard only: Alt+Shift+H opens the list; Escape closes it.
  await organisation.focus();
  await page.keyboard.press('Alt+Shift+H');
  const dialog = page.getByRole('dialog', { name: 'Eerdere versies' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Eerdere versies' }).click();
  await expect(dialog).toBeVisible();
  const rows = dialog.getByRole('row');
  // A header and four versions: the new document (kept at the first save) and the three edits.
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(1)).toContainText('Huidige versie');
  await expect(rows.nth(1)).toContainText('Context: 1 veld gewijzigd');
  await expect(rows.nth(4)).toContainText('Eerste bewaarde versie');
  await axe(page, '.history-dialog');
  await page.screenshot({ path: 'test-results/screens/history-dialog-nl.png' });

  // View version 1 (Versie één) read-only.
  await dialog.getByRole('button', { name: /^Versie 1 van .* bekijken$/ }).click();
  await expect(dialog).toBeHidden();
  const banner = page.getByRole('region', { name: 'Eerdere versie' });
  await expect(banner).toContainText('Alleen-lezen: versie van');
  await expect(banner).toBeFocused();
  await expect(page.getByLabel('Organisatie')).toHaveValue('Versie één');
  await expect(page.getByLabel('Organisatie')).toBeDisabled();
  await axe(page, '.version-view');
  await page.screenshot({ path: 'test-results/screens/history-view-nl.png' });

  // Back to the current version, untouched; then view it again and restore it from the banner.
  await banner.getByRole('button', { name: 'Terug naar de huidige versie' }).click();
  await expect(page.getByLabel('Organisatie')).toHaveValue('Versie drie');
  await expect(page.getByLabel('Organisatie')).toBeEnabled();
  await page.getByRole('button', { name: 'Eerdere versies' }).click();
  await dialog.getByRole('button', { name: /^Versie 1 van .* bekijken$/ }).click();
  await banner.getByRole('button', { name: 'Deze versie terugzetten' }).click();
  const confirm = page.getByRole('dialog', { name: /^Versie van .* terugzetten\?$/ });
  await expect(confirm).toBeVisible();
  await axe(page, '.confirm-dialog');
  await confirm.getByRole('button', { name: 'Terugzetten' }).click();
  await expect(banner).toBeHidden();
  await expect(page.getByLabel('Organisatie')).toHaveValue('Versie één');
  await expect(page.getByLabel('Organisatie')).toBeEnabled();
  await expect(page.getByRole('status').filter({ hasText: 'is teruggezet' })).toHaveCount(1);

  // On disk: the document has the old content as a new revision; the replaced content is kept.
  const id = (await readdir(app.workspaceDir)).find((n) => n.endsWith('.impactwijzer.json'))!.replace('.impactwijzer.json', '');
  const onDisk = JSON.parse(await readFile(join(app.workspaceDir, `${id}.impactwijzer.json`), 'utf8'));
  expect(onDisk.context.organisation).toBe('Versie één');
  expect(onDisk.revision).toBe(4);
  const versions = join(app.workspaceDir, '.impactwijzer', 'versies', id);
  expect((await readdir(versions)).sort()).toEqual(['0.json', '1.json', '2.json', '3.json', '4.json', 'index.json']);
  expect(JSON.parse(await readFile(join(versions, '3.json'), 'utf8')).context.organisation).toBe('Versie drie');

  // The list now starts with the restored version.
  await page.getByRole('button', { name: 'Eerdere versies' }).click();
  await expect(rows.nth(1)).toContainText('Teruggezet van versie 1');
  await page.screenshot({ path: 'test-results/screens/history-after-restore-nl.png' });
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await expect(dialog).toBeHidden();
});

test('Earlier versions in English, by keyboard alone: open, view read-only, Escape back, Escape closes', async ({ page, app }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, app);
  await page.getByLabel('Taal').selectOption('en');
  await page.getByLabel('Title of the new assessment').fill('History');
  await page.getByRole('button', { name: 'New assessment' }).click();
  const organisation = page.getByLabel('Organisation');
  await organisation.fill('First');
  await expect(page.getByRole('toolbar').getByRole('status')).toHaveText('Saved');
  await organisation.fill('Second');
  await expect(page.getByRole('toolbar').getByRole('status')).toHaveText('Saved');

  await page.keyboard.press('Alt+Shift+H');
  const dialog = page.getByRole('dialog', { name: 'Earlier versions' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('columnheader')).toHaveText(['Saved', 'By', 'What changed', 'Actions']);
  await expect(dialog.getByRole('row').nth(1)).toContainText('Context: 1 field changed');
  await axe(page, '.history-dialog');
  await page.screenshot({ path: 'test-results/screens/history-dialog-en.png' });
  // Tab to "View version 1 …" and press Enter.
  const view = dialog.getByRole('button', { name: /^View version 1 of / });
  for (let i = 0; i < 20 && !(await view.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(view).toBeFocused();
  await page.keyboard.press('Enter');
  const banner = page.getByRole('region', { name: 'Earlier version' });
  await expect(banner).toContainText('Read-only: version of');
  await expect(page.getByLabel('Organisation')).toHaveValue('First');
  await expect(page.getByLabel('Organisation')).toBeDisabled();
  await page.screenshot({ path: 'test-results/screens/history-view-en.png' });
  await page.keyboard.press('Escape');
  await expect(banner).toBeHidden();
  await expect(page.getByLabel('Organisation')).toHaveValue('Second');
  await page.keyboard.press('Alt+Shift+H');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
