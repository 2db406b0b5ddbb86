import { expect, openApp, test } from './fixtures';

/**
 * The first render waits for the settings' answer (asked for before the renderer's code loaded,
 * renderer/early.ts), not for anything the page stored: after choosing English, a new tab's very
 * first render is English, with the page's language attribute set, and the list in it.
 */
test('a fresh tab renders English from the first frame when the setting says English', async ({ page, app, context }) => {
  await openApp(page, app);
  await page.getByLabel('Titel van de nieuwe beoordeling').fill('Eerste beeld');
  await page.getByRole('button', { name: 'Nieuwe beoordeling' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Context' })).toBeVisible();
  await page.goto(app.url);
  await page.getByLabel('Taal').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Your assessments' })).toBeVisible();

  // A new tab (its own session storage): what the page shows the first time React puts the start screen in it.
  const fresh = await context.newPage();
  await fresh.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const heading = document.querySelector('h1');
      if (!heading) return;
      const rows = [...document.querySelectorAll('table tbody tr th')].map((th) => th.textContent);
      (window as unknown as { first: unknown }).first = { heading: heading.textContent, lang: document.documentElement.lang, rows };
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await fresh.goto(app.url);
  await expect(fresh.getByRole('heading', { level: 1, name: 'Your assessments' })).toBeVisible();
  expect(await fresh.evaluate(() => (window as unknown as { first: unknown }).first)).toEqual({
    heading: 'Your assessments',
    lang: 'en',
    rows: ['Eerste beeld'],
  });
});
