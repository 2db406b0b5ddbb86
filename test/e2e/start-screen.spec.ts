import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, openApp, test } from './fixtures';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];

test('the start screen is Dutch, and switching to English changes the text', async ({ page, app }) => {
  await openApp(page, app);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1, name: 'Uw beoordelingen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nieuwe beoordeling' })).toBeVisible();

  await page.getByLabel('Taal').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Your assessments' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New assessment' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // The choice is a setting: it survives a reload.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Your assessments' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/start-en.png', fullPage: true });
});

test('a new assessment appears in the list and on disk, survives a reload, and delete removes it', async ({ page, app }) => {
  await openApp(page, app);
  await expect(page.getByText('Er staan nog geen beoordelingen in de werkmap.')).toBeVisible();

  // An empty title is refused with a clear message.
  await page.getByRole('button', { name: 'Nieuwe beoordeling' }).click();
  await expect(page.getByText('Geef de beoordeling een titel.')).toBeVisible();

  await page.getByLabel('Titel van de nieuwe beoordeling').fill('Medtech-logistiek Heerlen');
  await page.getByRole('button', { name: 'Nieuwe beoordeling' }).click();
  // The new assessment opens at once, on its first step; back on the list, it is there.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Context');
  await expect(page.getByText('Beoordeling "Medtech-logistiek Heerlen" is aangemaakt.')).toBeVisible();
  await page.getByRole('button', { name: 'Terug naar het overzicht' }).click();
  const row = page.getByRole('row', { name: /Medtech-logistiek Heerlen/ });
  await expect(row).toBeVisible();

  const files = (await readdir(app.workspaceDir)).filter((f) => f.endsWith('.json'));
  expect(files).toHaveLength(1);
  const onDisk = JSON.parse(await readFile(join(app.workspaceDir, files[0]!), 'utf8'));
  expect(onDisk.context.title).toBe('Medtech-logistiek Heerlen');

  await page.reload();
  await expect(page.getByRole('row', { name: /Medtech-logistiek Heerlen/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/start-nl.png', fullPage: true });

  // Delete asks first; cancelling keeps the file.
  await page.getByRole('button', { name: 'Medtech-logistiek Heerlen verwijderen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Beoordeling verwijderen?' });
  await expect(dialog).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/confirm-delete.png' });
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(dialog).toBeHidden();
  expect((await readdir(app.workspaceDir)).filter((f) => f.endsWith('.json'))).toHaveLength(1);

  await page.getByRole('button', { name: 'Medtech-logistiek Heerlen verwijderen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(page.getByRole('row', { name: /Medtech-logistiek Heerlen/ })).toHaveCount(0);
  expect((await readdir(app.workspaceDir)).filter((f) => f.endsWith('.json'))).toHaveLength(0);
});

test('every task on the start screen can be done with the keyboard alone', async ({ page, app }) => {
  await openApp(page, app);
  // Tab from the top: skip link, the manual, the language switch, then the title field.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Handleiding' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Taal')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Titel van de nieuwe beoordeling')).toBeFocused();
  await page.keyboard.type('Groen in de wijk');
  await page.keyboard.press('Enter');
  // The new assessment opens at once, with focus on its first step's heading.
  await expect(page.getByRole('heading', { level: 1, name: 'Context' })).toBeFocused();
  await page.getByRole('button', { name: 'Terug naar het overzicht' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('row', { name: /Groen in de wijk/ })).toBeVisible();

  // Open with the keyboard, edit the title, go back.
  await page.getByRole('button', { name: 'Groen in de wijk openen' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Context' })).toBeFocused();
  await page.getByLabel('Titel', { exact: true }).focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' (concept)');
  await expect(page.getByRole('toolbar', { name: 'Beoordeling' }).getByRole('status')).toHaveText('Opgeslagen');
  await page.getByRole('button', { name: 'Terug naar het overzicht' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('row', { name: /Groen in de wijk \(concept\)/ })).toBeVisible();

  // Delete with the keyboard: the dialog opens with focus on the safe choice; Escape cancels.
  await page.getByRole('button', { name: 'Groen in de wijk (concept) verwijderen' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.getByRole('button', { name: 'Groen in de wijk (concept) verwijderen' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Ja, verwijderen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Er staan nog geen beoordelingen in de werkmap.')).toBeVisible();
});

test('axe finds no violations on the start screen, with and without documents, in both languages, and in the dialog', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  const scan = async (label: string) => {
    const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(result.violations.map((v) => `${label}: ${v.id} ${v.help}`)).toEqual([]);
  };
  await scan('leeg');
  await page.getByLabel('Titel van de nieuwe beoordeling').fill('Toegankelijk');
  await page.getByRole('button', { name: 'Nieuwe beoordeling' }).click();
  await page.getByRole('button', { name: 'Terug naar het overzicht' }).click();
  await expect(page.getByRole('row', { name: /Toegankelijk/ })).toBeVisible();
  await scan('met document');
  await page.getByRole('button', { name: 'Toegankelijk verwijderen' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await scan('dialoog');
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await page.getByRole('button', { name: 'Toegankelijk openen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Context' })).toBeVisible();
  await scan('document');
  await page.getByLabel('Taal').selectOption('en');
  await expect(page.getByRole('button', { name: 'Back to the overview' })).toBeVisible();
  await scan('document en');
  await page.getByRole('button', { name: 'Back to the overview' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your assessments' })).toBeVisible();
  await scan('start en');
});

test('no request leaves 127.0.0.1', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByLabel('Titel van de nieuwe beoordeling').fill('Offline');
  await page.getByRole('button', { name: 'Nieuwe beoordeling' }).click();
  await page.getByLabel('Organisatie').fill('Gemeente Heerlen');
  await expect(page.getByRole('toolbar', { name: 'Beoordeling' }).getByRole('status')).toHaveText('Opgeslagen');
  await page.getByLabel('Taal').selectOption('en');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  expect(app.requests.length).toBeGreaterThan(5);
  const foreign = app.requests.filter((url) => new URL(url).host !== `127.0.0.1:${app.port}`);
  expect(foreign).toEqual([]);
});

test('the manual opens from the header, passes axe, and closes with Escape', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'Handleiding' }).click();
  const dialog = page.getByRole('dialog', { name: 'Handleiding' });
  await expect(dialog).toContainText('Sneltoetsen');
  // The manual (one page per step, issue 19) opens with its search field focused.
  await expect(dialog.getByRole('searchbox', { name: 'Zoeken in de handleiding' })).toBeFocused();
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(result.violations.map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
