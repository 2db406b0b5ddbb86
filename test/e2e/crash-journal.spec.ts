/**
 * Crash while typing: the bridge is killed (SIGKILL) while a save is under way, then started
 * again on the same workspace and port with a new token. The page says what happened; the typed
 * text, kept in the page's IndexedDB, is offered back when the document opens again.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, type Page } from '@playwright/test';
import { expect, startBridge } from './fixtures';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];
const TYPED = 'Gemeente Zuidhaven, afdeling Sociaal Domein';

interface Bridge {
  workspaceDir: string;
  url: string;
  start(port?: number): Promise<string>;
  /** SIGKILL: no flush, no goodbye. */
  kill(): Promise<void>;
}

const test = base.extend<{ bridge: Bridge }>({
  bridge: async ({}, use) => {
    const workspaceDir = await mkdtemp(join(tmpdir(), 'iw-e2e-journal-'));
    let child: ChildProcess | null = null;
    const stopped = (c: ChildProcess) => new Promise((r) => (c.exitCode !== null || c.signalCode !== null ? r(null) : c.once('exit', r)));
    const bridge: Bridge = {
      workspaceDir,
      url: '',
      async start(port = 0) {
        const started = await startBridge(workspaceDir, port);
        child = started.child;
        bridge.url = started.url;
        return started.url;
      },
      async kill() {
        const c = child!;
        c.kill('SIGKILL');
        await stopped(c);
      },
    };
    await use(bridge);
    if (child) {
      (child as ChildProcess).kill('SIGINT');
      await stopped(child);
    }
    await rm(workspaceDir, { recursive: true, force: true });
  },
});

/** What the page's crash journal holds, per document id: the organisation typed. */
function journaled(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((done, fail) => {
        const open = indexedDB.open('impactwijzer-journal');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('entries')) return done([]);
          const all = db.transaction('entries').objectStore('entries').getAll();
          all.onsuccess = () =>
            // The document is stored as JSON text (documentJson); entries of older versions hold it as an object.
            done(
              all.result.map(
                (e: { document?: { context: { organisation: string } }; documentJson?: string }) =>
                  (e.document ?? JSON.parse(e.documentJson!)).context.organisation,
              ),
            );
          all.onerror = () => fail(all.error);
        };
      }),
  );
}

async function documentFile(dir: string): Promise<string> {
  const files = (await readdir(dir, { withFileTypes: true })).filter((f) => f.isFile() && f.name.endsWith('.json'));
  expect(files).toHaveLength(1);
  return readFile(join(dir, files[0]!.name), 'utf8');
}

/**
 * Types into a new document while its save is held in flight, kills the bridge once the text is
 * journaled, and starts the bridge again on the same port. Returns the page of the old tab.
 */
async function crashWhileTyping(page: Page, bridge: Bridge): Promise<void> {
  const url = await bridge.start();
  await page.goto(url);
  await page.getByLabel('Titel van de nieuwe beoordeling').fill('Schuldhulp dichtbij');
  await page.getByRole('button', { name: 'Nieuwe beoordeling' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Context');

  // The save leaves the page but never reaches the bridge before it dies.
  let release: () => void = () => undefined;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/api/workspaceSave', async (route) => {
    await held;
    await route.continue().catch(() => undefined);
  });
  await page.getByLabel('Organisatie').pressSequentially(TYPED);
  await expect.poll(() => journaled(page)).toEqual([TYPED]);
  await bridge.kill();
  release();
  expect(await documentFile(bridge.workspaceDir)).not.toContain(TYPED);

  // The bridge is gone: the page says so, and what to do, instead of a bare error.
  await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'De verbinding met Impactwijzer is verbroken' })).toContainText(
    'draait niet meer',
  );

  // Started again: same port (same origin, same IndexedDB), a new token the old tab does not have.
  await bridge.start(Number(new URL(url).port));
  expect(bridge.url).not.toBe(url);
  await page.unroute('**/api/workspaceSave');
  await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
  const lost = page.getByRole('alert').filter({ hasText: 'De verbinding met Impactwijzer is verbroken' });
  await expect(lost).toContainText('nieuw adres');
  expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations.map((v) => `${v.id} ${v.help}`)).toEqual([]);

  // A reload of the old tab is not a dead end: it says the same, and the text stays journaled.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await expect(lost).toContainText('nieuw adres');
  expect(await journaled(page)).toEqual([TYPED]);
}

test('killed while typing: the new address offers the journaled text back; restoring puts it in the field and on disk', async ({
  page,
  context,
  bridge,
}) => {
  await crashWhileTyping(page, bridge);
  const fresh = await context.newPage();
  await fresh.goto(bridge.url);
  // The last document opened had unsaved edits: it opens again and offers them.
  const offer = fresh.getByRole('dialog', { name: /^Niet-opgeslagen wijzigingen van \d{2}:\d{2} herstellen\?$/ });
  await expect(offer).toBeVisible();
  await expect(offer.getByRole('button', { name: 'Herstellen' })).toBeFocused();
  expect((await new AxeBuilder({ page: fresh }).withTags(AXE_TAGS).analyze()).violations.map((v) => `${v.id} ${v.help}`)).toEqual([]);
  await fresh.screenshot({ path: 'test-results/screens/journal-offer-nl.png' });

  await fresh.keyboard.press('Enter');
  await expect(offer).toBeHidden();
  await expect(fresh.getByLabel('Organisatie')).toHaveValue(TYPED);
  await expect(fresh.getByRole('status').filter({ hasText: 'hersteld en opgeslagen' })).toBeVisible();
  expect(await documentFile(bridge.workspaceDir)).toContain(TYPED);
  await expect.poll(() => journaled(fresh)).toEqual([]);

  // Restoring was an edit: undo takes it back.
  await fresh.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(fresh.getByLabel('Organisatie')).toHaveValue('');
});

test('killed while typing: discarding drops the text, and it is not offered again', async ({ page, context, bridge }) => {
  await crashWhileTyping(page, bridge);
  const fresh = await context.newPage();
  await fresh.goto(bridge.url);
  const offer = fresh.getByRole('dialog', { name: /herstellen\?$/ });
  await expect(offer).toBeVisible();
  await offer.getByRole('button', { name: 'Weggooien' }).click();
  await expect(offer).toBeHidden();
  await expect(fresh.getByLabel('Organisatie')).toHaveValue('');
  await expect.poll(() => journaled(fresh)).toEqual([]);

  // A reload returns to the open document (its address says which), and offers nothing again.
  await fresh.reload();
  await expect(fresh.getByRole('heading', { level: 1 })).toHaveText('Context');
  await expect(fresh.getByLabel('Organisatie')).toHaveValue('');
  await expect(offer).toHaveCount(0);
  expect(await documentFile(bridge.workspaceDir)).not.toContain(TYPED);
});
