/**
 * Two writers on one document, in real Chromium over the bridge: two tabs of one browser, and
 * another program that edits the file on disk while a tab has it open. Different fields merge
 * and both land on disk; the same field opens the choice view; nothing typed is ever lost.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { AssessmentDocument } from '../../shared/model/document';
import { expect, openApp, test, type App } from './fixtures';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];
const OWNER = 'Eigenaar (afdeling of persoon)';

/** The document's file, as another program reads it. */
async function onDisk(app: App): Promise<AssessmentDocument> {
  const files = (await import('node:fs/promises')).readdir(app.workspaceDir);
  const name = (await files).find((f) => f.endsWith('.impactwijzer.json'))!;
  return JSON.parse(await readFile(join(app.workspaceDir, name), 'utf8'));
}

/** Another program writes the file: a change, and a higher revision, as a copy of the app would. */
async function editOnDisk(app: App, change: (document: AssessmentDocument) => void): Promise<void> {
  const document = await onDisk(app);
  change(document);
  document.revision = (document.revision ?? 0) + 1;
  await writeFile(join(app.workspaceDir, `${document.id}.impactwijzer.json`), JSON.stringify(document, null, 2));
}

async function openDocument(page: Page, app: App, title: string): Promise<void> {
  await openApp(page, app);
  await page.getByRole('button', { name: `${title} openen` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Context');
}

/** Types into a field and waits until the tab says it is saved. */
async function typeAndSave(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(text);
  await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen$/ })).toBeVisible();
}

/** Two tabs on one new document. */
async function twoTabs(page: Page, app: App, title: string): Promise<Page> {
  await openApp(page, app);
  await page.getByLabel('Titel van de nieuwe beoordeling').fill(title);
  await page.getByRole('button', { name: 'Nieuwe beoordeling' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Context');
  await page.getByRole('button', { name: 'Terug naar het overzicht' }).click();
  await expect(page.getByRole('button', { name: `${title} openen` })).toBeVisible();
  const other = await page.context().newPage();
  await openDocument(page, app, title);
  await openDocument(other, app, title);
  return other;
}

/** The window gets focus again: the browser tab compares its revision with the one on disk. */
const focus = (page: Page) => page.evaluate(() => window.dispatchEvent(new Event('focus')));

test('two tabs, different fields: both edits end up in the file on disk, and each tab shows the other one', async ({ page, app }) => {
  const other = await twoTabs(page, app, 'Wijkaanpak');
  await typeAndSave(page, 'Organisatie', 'Gemeente Zuidhaven');
  await typeAndSave(other, OWNER, 'Team Wonen');
  const saved = await onDisk(app);
  expect([saved.context.organisation, saved.context.owner]).toEqual(['Gemeente Zuidhaven', 'Team Wonen']);
  await expect(other.getByLabel('Organisatie', { exact: true })).toHaveValue('Gemeente Zuidhaven');
  await focus(page);
  await expect(page.getByLabel(OWNER)).toHaveValue('Team Wonen');
  await expect(page.getByRole('status').filter({ hasText: 'de nieuwe versie is geladen' })).toBeVisible();
});

test('two tabs, the same field: the choice view shows both values, waits through Escape and a reload; the choice is on disk', async ({
  page,
  app,
}) => {
  const other = await twoTabs(page, app, 'Wijkaanpak');
  await typeAndSave(page, 'Organisatie', 'Van het eerste tabblad');
  await other.getByLabel('Organisatie', { exact: true }).fill('Van het tweede tabblad');

  const dialog = other.getByRole('dialog', { name: 'Kies per veld welke waarde blijft' });
  await expect(dialog).toBeVisible();
  const field = dialog.getByRole('group', { name: 'Context — organisatie' });
  await expect(field.getByRole('radio', { name: 'Uw waarde', exact: true })).toBeFocused();
  await expect(field.getByRole('radio', { name: 'Uw waarde', exact: true })).toHaveAccessibleDescription('Van het tweede tabblad');
  await expect(field.getByRole('radio', { name: /^Waarde van de andere bewerking/ })).toHaveAccessibleDescription('Van het eerste tabblad');
  // Until the user chooses, the other value is in the document, and this tab's value waits in the choice.
  expect((await onDisk(app)).context.organisation).toBe('Van het eerste tabblad');
  expect((await new AxeBuilder({ page: other }).withTags(AXE_TAGS).analyze()).violations.map((v) => `${v.id} ${v.help}`)).toEqual([]);
  await other.screenshot({ path: 'test-results/screens/conflict-choice-nl.png' });

  // Escape: decide later. The notice stays and reopens it; a reload keeps it too.
  await other.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  const notice = other.getByRole('status').filter({ hasText: '1 veld wacht op uw keuze' });
  await expect(notice).toBeVisible();
  await other.reload();
  await expect(dialog).toBeVisible();

  // Keyboard only: the other value, back to mine, then Apply.
  await other.keyboard.press('ArrowDown');
  await expect(field.getByRole('radio', { name: /^Waarde van de andere bewerking/ })).toBeChecked();
  await other.keyboard.press('ArrowUp');
  await expect(field.getByRole('radio', { name: 'Uw waarde', exact: true })).toBeChecked();
  await dialog.getByRole('button', { name: 'Toepassen' }).focus();
  await other.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(other.getByRole('status').filter({ hasText: 'Uw keuze is toegepast en opgeslagen.' })).toBeVisible();
  await expect.poll(async () => (await onDisk(app)).context.organisation).toBe('Van het tweede tabblad');
  await expect(other.getByLabel('Organisatie', { exact: true })).toHaveValue('Van het tweede tabblad');
  await focus(page);
  await expect(page.getByLabel('Organisatie', { exact: true })).toHaveValue('Van het tweede tabblad');
});

test('the file edited on disk while open: loaded when nothing is unsaved, merged with unsaved edits, offered for the same field', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await page.getByLabel('Titel van de nieuwe beoordeling').fill('Schuldhulp');
  await page.getByRole('button', { name: 'Nieuwe beoordeling' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Context');

  // Nothing unsaved: the new version is loaded, with a short notice.
  await editOnDisk(app, (d) => void (d.context.owner = 'Buiten de app'));
  await focus(page);
  await expect(page.getByLabel(OWNER)).toHaveValue('Buiten de app');

  // Unsaved edits (the save is held) and an edit on disk of another field: merged, both on disk.
  let release: () => void = () => undefined;
  let held = new Promise<void>((r) => (release = r));
  await page.route('**/api/workspaceSave', async (route) => {
    await held;
    await route.continue();
  });
  await page.getByLabel('Organisatie', { exact: true }).fill('Gemeente Noordhaven');
  await expect(page.getByRole('status').filter({ hasText: /^Opslaan…$/ })).toBeVisible();
  await editOnDisk(app, (d) => void (d.context.policyDomain = 'Sociaal domein'));
  release();
  await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen$/ })).toBeVisible();
  await expect(page.getByLabel('Beleidsdomein')).toHaveValue('Sociaal domein');
  let saved = await onDisk(app);
  expect([saved.context.organisation, saved.context.policyDomain, saved.context.owner]).toEqual([
    'Gemeente Noordhaven',
    'Sociaal domein',
    'Buiten de app',
  ]);

  // The same field on both sides: offered, and neither value is lost.
  held = new Promise<void>((r) => (release = r));
  await page.getByLabel('Organisatie', { exact: true }).fill('Gemeente Oosthaven');
  await expect(page.getByRole('status').filter({ hasText: /^Opslaan…$/ })).toBeVisible();
  await editOnDisk(app, (d) => void (d.context.organisation = 'Gemeente Westhaven'));
  release();
  const dialog = page.getByRole('dialog', { name: 'Kies per veld welke waarde blijft' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Alles mijn versie' }).click();
  await dialog.getByRole('button', { name: 'Toepassen' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await onDisk(app)).context.organisation).toBe('Gemeente Oosthaven');
  saved = await onDisk(app);
  expect(saved.context.policyDomain).toBe('Sociaal domein');
});

test("two tabs that cannot save: a new tab offers each tab's journaled edits, and restoring both puts both on disk", async ({
  page,
  app,
}) => {
  const context = page.context();
  const other = await twoTabs(page, app, 'Wijkaanpak');
  // The saves never reach the bridge (as when it crashed): the edits are only in each tab's journal. The
  // tabs stay open: a closing page sends its last save on its way, past the route.
  for (const tab of [page, other]) await tab.route('**/api/workspaceSave', (route) => route.abort('failed'));
  await page.getByLabel('Organisatie', { exact: true }).fill('Gemeente Zuidhaven');
  await other.getByLabel(OWNER).fill('Team Wonen');
  await expect(page.getByRole('button', { name: 'Opnieuw proberen' })).toBeVisible();
  await expect(other.getByRole('button', { name: 'Opnieuw proberen' })).toBeVisible();
  expect((await onDisk(app)).context).toMatchObject({ organisation: '', owner: '' });

  const fresh = await context.newPage();
  await fresh.goto(app.url);
  const offer = fresh.getByRole('dialog', { name: /herstellen\?$/ });
  await expect(offer).toBeVisible();
  await expect(offer).toContainText('in een ander tabblad of venster');
  await offer.getByRole('button', { name: 'Herstellen' }).click();
  await expect(offer).toBeVisible();
  await offer.getByRole('button', { name: 'Herstellen' }).click();
  await expect(offer).toBeHidden();
  await expect(fresh.getByLabel('Organisatie', { exact: true })).toHaveValue('Gemeente Zuidhaven');
  await expect(fresh.getByLabel(OWNER)).toHaveValue('Team Wonen');
  await expect.poll(async () => (await onDisk(app)).context).toMatchObject({ organisation: 'Gemeente Zuidhaven', owner: 'Team Wonen' });
});
