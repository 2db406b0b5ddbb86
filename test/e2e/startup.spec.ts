import { expect, openApp, test } from './fixtures';

/**
 * What the startup benchmark's mark (`impactwijzer:ready`, test/bench/startup.ts) means: when it is
 * set, the start screen shows the workspace's documents; the crash journal's worker starts after it.
 */
test('the start-up mark comes when the start screen lists the documents, and the journal worker after it', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'Voorbeeld openen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Context' })).toBeVisible();

  // What the page shows at the moment the mark is set (not when the test gets to look).
  await page.addInitScript(() => {
    const mark = performance.mark.bind(performance);
    performance.mark = ((name: string, options?: PerformanceMarkOptions) => {
      if (name === 'impactwijzer:ready') {
        const rows = [...document.querySelectorAll('table tbody tr th')].map((th) => th.textContent);
        (window as unknown as { atReady: unknown }).atReady = { heading: document.querySelector('h1')?.textContent, rows };
      }
      return mark(name, options);
    }) as typeof performance.mark;
  });
  const worker = page.waitForRequest(/journal\.worker/);
  await page.goto(app.url);
  await page.waitForFunction(() => performance.getEntriesByName('impactwijzer:ready').length > 0);
  expect(await page.evaluate(() => (window as unknown as { atReady: unknown }).atReady)).toEqual({
    heading: 'Uw beoordelingen',
    rows: ['Voorbeeld: Medtech-logistiek Heerlen'],
  });

  await worker;
  // The request is seen before its resource timing entry exists (added when the response ends): wait for the entry.
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.includes('journal.worker')));
  const [ready, workerStart] = await page.evaluate(() => [
    performance.getEntriesByName('impactwijzer:ready')[0]!.startTime,
    performance.getEntriesByType('resource').find((r) => r.name.includes('journal.worker'))!.startTime,
  ]);
  expect(workerStart).toBeGreaterThan(ready);
});
