import { expect, openApp, test } from './fixtures';

test('a new assessment opens at once, the steps say "klaar" only with content, and a reload returns to the open step', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await page.getByLabel('Titel van de nieuwe beoordeling').fill('Herlaadbaar');
  await page.getByRole('button', { name: 'Nieuwe beoordeling' }).click();
  // Opened at once, on its first step: no extra click on the list.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Context');
  const nav = page.getByRole('navigation', { name: 'Stappen' });
  // Only the title holds content: the context step has begun, it is not "klaar".
  await expect(nav.getByRole('button', { name: 'Context (bezig)' })).toBeVisible();
  await expect(nav.getByRole('button', { name: /klaar/ })).toHaveCount(0);
  await page.getByLabel('Gebied', { exact: true }).fill('Noord');
  await page.getByLabel('Schaalniveau van het gebied').selectOption({ label: 'Wijk' });
  await expect(nav.getByRole('button', { name: 'Context (klaar)' })).toBeVisible();

  // Every step marked "aandacht nodig" in this phase has a finding in the panel.
  await nav.getByRole('button', { name: /^Probleem en ambitie/ }).click();
  await page.getByLabel('Probleem', { exact: true }).fill('Te weinig groen in de wijk.');
  const panel = page.getByRole('complementary', { name: 'Wat ontbreekt nog' });
  for (const name of await nav.getByRole('button', { name: /aandacht nodig/ }).allTextContents()) {
    const step = name.replace(/^\W*/, '').replace(/\s*\(aandacht nodig\)$/, '');
    await expect(panel).toContainText(`(${step})`);
  }

  await expect(page.getByRole('toolbar', { name: 'Beoordeling' }).getByRole('status')).toHaveText('Opgeslagen');
  await expect(page).toHaveURL(/#\/document\/[^/]+\/problem$/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Probleem en ambitie');
  await expect(page.getByLabel('Probleem', { exact: true })).toHaveValue('Te weinig groen in de wijk.');
  await page.screenshot({ path: 'test-results/screens/reloaded-step.png' });

  // Back on the list, a reload stays on the list.
  await page.getByRole('button', { name: 'Terug naar het overzicht' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uw beoordelingen' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Uw beoordelingen' })).toBeVisible();
});

test('dates are written in the UI language, not the browser locale: dd-mm-jjjj in Dutch, dd/mm/yyyy in English', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByLabel('Titel van de nieuwe beoordeling').fill('Data in het Nederlands');
  await page.getByRole('button', { name: 'Nieuwe beoordeling' }).click();
  const start = page.getByLabel('Startdatum');
  await expect(start).toHaveAttribute('placeholder', 'dd-mm-jjjj');
  await start.pressSequentially('3-2-2012');
  await start.press('Tab');
  await expect(start).toHaveValue('03-02-2012');
  // A date that does not exist is named in words and not stored.
  const end = page.getByLabel('Einddatum');
  await end.pressSequentially('31-02-2020');
  await end.press('Tab');
  await expect(end).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.field-error[role=alert]')).toHaveText(
    '"31-02-2020" is geen geldige datum. Schrijf als dd-mm-jjjj, bijvoorbeeld 30-06-2025.',
  );
  await page.screenshot({ path: 'test-results/screens/dates-nl.png' });
  await end.fill('');
  await end.press('Tab');
  await expect(page.getByRole('toolbar', { name: 'Beoordeling' }).getByRole('status')).toHaveText('Opgeslagen');
  await page.reload();
  await expect(page.getByLabel('Startdatum')).toHaveValue('03-02-2012');

  await page.getByLabel('Taal').selectOption('en');
  await expect(page.getByLabel('Start date')).toHaveValue('03/02/2012');
  await expect(page.getByLabel('Start date')).toHaveAttribute('placeholder', 'dd/mm/yyyy');
});
