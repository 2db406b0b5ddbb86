import type { Page, Route } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

/**
 * The start screen's chunk has neither the document part of the stores (stores/document-part.ts) nor
 * the document view's Dutch words (the rest of shared/i18n/nl.ts): they load when a document opens,
 * and are fetched ahead once the start screen is usable. A document opened before they are there
 * waits for both (it says it is loading), then shows in Dutch, with no error on the page.
 */
const LAZY = /\/assets\/(document-part|nl)-[\w-]+\.js$/;

/** Holds the lazy chunks' responses until `release` is called; `held` lists what was asked for. */
async function holdLazyChunks(page: Page) {
  const waiting: Route[] = [];
  const held: string[] = [];
  let released = false;
  await page.route(LAZY, (route) => {
    held.push(new URL(route.request().url()).pathname);
    if (released) void route.continue();
    else waiting.push(route);
  });
  return {
    held,
    release: async () => {
      released = true;
      await Promise.all(waiting.splice(0).map((route) => route.continue()));
    },
  };
}

test('a document opened before its chunks have loaded waits for them, then shows in Dutch', async ({ page, app }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openApp(page, app);
  await page.getByRole('button', { name: 'Voorbeeld openen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Context' })).toBeVisible();

  // A fresh load, with the lazy chunks held: the start screen is usable without them.
  const chunks = await holdLazyChunks(page);
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Uw beoordelingen' })).toBeVisible();
  await page.getByRole('button', { name: 'Voorbeeld: Medtech-logistiek Heerlen openen' }).click();
  await expect(page.getByText('Bezig met laden…')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Context' })).toHaveCount(0);
  // Both were asked for (fetched ahead after the ready mark, or by the click), and are held.
  await expect.poll(() => chunks.held.some((p) => p.includes('/document-part-'))).toBe(true);
  await expect.poll(() => chunks.held.some((p) => /\/nl-/.test(p))).toBe(true);

  await chunks.release();
  await expect(page.getByRole('heading', { level: 1, name: 'Context' })).toBeVisible();
  // The step navigation's Dutch words (not in the start chunk) are there: no key, no error.
  await expect(page.getByRole('navigation', { name: 'Stappen' }).getByRole('button', { name: /Veranderingstheorie/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a reload on a document in the address loads the document part first, and edits are saved', async ({ page, app }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openApp(page, app);
  await page.getByLabel('Titel van de nieuwe beoordeling').fill('Laadtest');
  await page.getByRole('button', { name: 'Nieuwe beoordeling' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Context' })).toBeVisible();

  const chunks = await holdLazyChunks(page);
  await page.reload();
  await expect(page.getByText('Bezig met laden…')).toBeVisible();
  await chunks.release();
  await expect(page.getByRole('heading', { level: 1, name: 'Context' })).toBeVisible();
  await page.getByLabel('Organisatie').fill('Gemeente Laadstad');
  await expect(page.getByRole('toolbar', { name: 'Beoordeling' }).getByRole('status')).toHaveText('Opgeslagen');
  await page.reload();
  await expect(page.getByLabel('Organisatie')).toHaveValue('Gemeente Laadstad');
  expect(errors).toEqual([]);
});
