import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

async function next(page: Page, to: string) {
  await page.getByRole('button', { name: `Volgende: ${to} →` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(to);
}

const missing = (page: Page) => page.getByRole('complementary', { name: 'Wat ontbreekt nog' });

test('a new user completes the whole preparation phase with labels and roles only, and finds everything back', async ({ page, app }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, app);
  await page.getByLabel('Titel van de nieuwe beoordeling').fill('Groene wijk Noord');
  await page.getByRole('button', { name: 'Nieuwe beoordeling' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Context');
  const nav = page.getByRole('navigation', { name: 'Stappen' });
  await expect(nav.getByRole('button', { name: 'Probleem en ambitie (nog niet begonnen)' })).toBeVisible();
  await expect(missing(page)).toContainText('Het probleem is nog niet beschreven.');

  // 1. Context
  await page.getByLabel('Organisatie').fill('Gemeente Voorbeeldstad');
  await page.getByLabel('Gebied', { exact: true }).fill('Noord');
  await page.getByLabel('Schaalniveau van het gebied').selectOption({ label: 'Wijk' });
  await page.getByLabel('Beleidsdomein').fill('Ruimte en wonen');
  await page.getByLabel('Opgesteld door').fill('J. de Vries');
  await next(page, 'Probleem en ambitie');

  // 2. Problem and ambition: the findings disappear as the gaps are filled.
  await page.getByLabel('Probleem', { exact: true }).fill('Weinig groen en veel hittestress in Noord.');
  await expect(missing(page)).not.toContainText('Het probleem is nog niet beschreven.');
  await page.getByLabel('Wat inwoners van waarde vinden').fill('Schaduw, speelplekken en elkaar ontmoeten.');
  await expect(missing(page)).not.toContainText('wat inwoners van waarde vinden');
  await page.getByLabel('Ambitie voor het gebied').fill('In 2030 heeft elke straat in Noord groen binnen 100 meter.');
  await page.getByLabel('Schaalniveau van de ambitie').selectOption({ label: 'Wijk' });
  await next(page, 'Veranderingstheorie');

  // 3. Theory of change
  for (const list of ['Activiteiten', 'Prestaties (output)', 'Uitkomsten (outcome)', 'Maatschappelijke impact']) {
    await page.getByRole('button', { name: `${list}: schakel toevoegen` }).click();
    await page.getByLabel(`${list} 1`, { exact: true }).fill(`${list}: eerste schakel`);
    await page.getByLabel(`Aanname bij ${list} 1`).fill('Bewoners doen mee.');
  }
  await next(page, 'Beleidsopties');

  // 4. Options: the proposal and the zero option are there; rename and add one.
  await page.getByLabel('Naam van optie 1').fill('Vergroenen met bewoners');
  await page.getByRole('button', { name: 'Optie toevoegen' }).click();
  await page.getByLabel('Naam van optie 3').fill('Alleen bomen planten');
  await expect(page.getByRole('checkbox', { name: /is de nuloptie \(niets doen\)/ }).nth(1)).toBeChecked();
  await next(page, 'Verwachte effecten');

  // 5. Expected effects, for the proposal
  await page.getByLabel('Richting voor Milieu', { exact: true }).selectOption({ label: '+2 sterk positief' });
  await page.getByLabel('Wanneer voor Milieu', { exact: true }).selectOption({ label: 'binnen 2 jaar' });
  await page.getByLabel('Richting voor Gezondheid').selectOption({ label: '+1 positief' });
  await page.getByLabel('Richting voor Wonen').selectOption({ label: '−1 negatief' });
  await page.getByLabel('Richting voor Natuurlijk kapitaal').selectOption({ label: '+1 positief' });
  await page.getByLabel('Richting voor Milieu en grondstoffen').selectOption({ label: '0 geen effect' });
  await page.getByText('Toelichting bij Wonen').click();
  await page.getByLabel('Wie gaat erop achteruit (Wonen)').fill('Huurders: de huur stijgt mee met de waarde.');
  await expect(missing(page)).toContainText('Een negatief effect van de voorkeursoptie op Wonen noemt geen groep');
  await page.getByRole('checkbox', { name: 'bewoners van het gebied' }).check();
  await expect(missing(page)).not.toContainText('noemt geen groep');
  await expect(missing(page)).not.toContainText('Er zijn nog geen verwachte effecten ingevuld.');
  await expect(missing(page)).not.toContainText('Alle effecten zijn positief');
  await next(page, 'Effecten tussen domeinen');

  // 6. Cross-domain effects
  await page.getByLabel('Van thema', { exact: true }).selectOption({ label: 'Milieu' });
  await page.getByLabel('Naar thema', { exact: true }).selectOption({ label: 'Gezondheid' });
  await page.getByRole('button', { name: 'Verband toevoegen' }).last().click();
  await page.getByLabel('Naar thema', { exact: true }).selectOption({ label: 'Wonen' });
  await page.getByRole('button', { name: 'Verband toevoegen' }).last().click();
  await page.getByLabel('Teken (Milieu → Wonen)').selectOption({ label: 'negatief (schaadt)' });
  await expect(page.getByRole('table', { name: 'Matrix van effecten tussen domeinen (rij: van, kolom: naar)' })).toContainText('▼ −2');
  await next(page, 'Indicatoren');

  // 7. Indicators: suggestions for the affected themes, a search, and baseline and target.
  await expect(page.getByRole('region', { name: 'Suggesties' })).toContainText(
    'Het thema Milieu wordt geraakt maar heeft nog geen indicator.',
  );
  await page.getByLabel('Zoek in de catalogus', { exact: true }).fill('groenblauwe');
  // Green-blue space sits under Natural capital, as CBS places it (issue 15); Environment takes a suggestion.
  await page.getByRole('button', { name: 'Groenblauwe ruimte toevoegen', exact: false }).first().click();
  for (const theme of ['Gezondheid', 'Wonen', 'Milieu']) {
    await page
      .getByRole('region', { name: 'Suggesties' })
      .getByText(`Het thema ${theme} wordt geraakt`)
      .locator('..')
      .getByRole('button', { name: /toevoegen \(voorstel\)$/ })
      .first()
      .click();
  }
  await expect(page.getByRole('region', { name: 'Suggesties' }).getByText('wordt geraakt')).toHaveCount(0);
  await page.getByLabel('Soort', { exact: true }).last().selectOption('subjective');
  await page.getByLabel('Zoek in de catalogus', { exact: true }).fill('tevredenheid woonomgeving');
  await page
    .locator('.catalogue-results')
    .getByRole('button', { name: /toevoegen$/ })
    .first()
    .click();
  await expect(missing(page)).not.toContainText('Er is geen subjectieve indicator');
  const chosen = page.getByRole('region', { name: /Gekozen indicatoren/ });
  const first = chosen.locator('details').first();
  await first.locator('summary').click();
  const name = (await first.locator('.ind-name').textContent())!;
  await page.getByLabel(`Nulmeting: waarde (${name})`).fill('12,5');
  await page.getByLabel(`Nulmeting: jaar (${name})`).fill('2024');
  await page.getByLabel(`Streefwaarde (${name})`).fill('18');
  await page.getByLabel(`Streefjaar (${name})`).fill('2030');
  await page.getByLabel(`Nulmeting: jaar (${name})`).fill('20x4');
  await expect(page.getByText('Vul een jaartal in tussen 1900 en 2200.')).toBeVisible();
  await page.getByLabel(`Nulmeting: jaar (${name})`).fill('2024');
  await next(page, 'Ervaren uitkomsten');

  // 8. Perceived outcomes
  await page.getByRole('button', { name: 'Ervaren uitkomst toevoegen' }).click();
  await page.getByLabel('Wat inwoners zouden moeten merken').fill('Koelere straten in de zomer.');
  await page.getByLabel('Hoe en wanneer de beleving wordt gemeten').fill('Bewonerspanel, elke zomer.');
  await page.getByLabel('Gekoppelde indicator').selectOption({ index: 1 });
  await next(page, 'Overzicht en afweging');

  // 9. Review
  const sideBySide = page.getByRole('region', { name: 'Opties naast elkaar, per thema (t.o.v. de nuloptie)' });
  await expect(sideBySide.getByRole('columnheader', { name: 'Vergroenen met bewoners' })).toBeVisible();
  await expect(sideBySide.getByRole('row', { name: /^Wonen/ })).toContainText('↓ −1');
  await expect(sideBySide.getByRole('row', { name: /^Wonen/ })).toContainText('bewoners van het gebied');
  await expect(page.getByText('Negatief verband: Milieu → Wonen (sterkte 2).')).toBeVisible();
  await expect(page.getByRole('toolbar', { name: 'Beoordeling' }).getByRole('status')).toHaveText('Opgeslagen');

  // Reload: everything is back, from the file on disk.
  await page.reload();
  const files = (await import('node:fs/promises')).readdir(app.workspaceDir);
  const file = (await files).find((f) => f.endsWith('.json'))!;
  const saved = JSON.parse(await readFile(join(app.workspaceDir, file), 'utf8'));
  expect(saved.preparation.problem).toBe('Weinig groen en veel hittestress in Noord.');
  await nav.getByRole('button', { name: /^Probleem en ambitie/ }).click();
  await expect(page.getByLabel('Probleem', { exact: true })).toHaveValue('Weinig groen en veel hittestress in Noord.');
  expect(saved.context.area).toEqual({ name: 'Noord', scale: 'wijk' });
  expect(saved.preparation.options.map((o: { name: string }) => o.name)).toEqual([
    'Vergroenen met bewoners',
    'Nuloptie (niets doen)',
    'Alleen bomen planten',
  ]);
  expect(saved.preparation.effects.find((e: { theme: string }) => e.theme === 'milieu')).toMatchObject({ direction: 2, lag: 'short' });
  expect(saved.preparation.spillovers).toHaveLength(2);
  expect(saved.preparation.indicators.length).toBeGreaterThanOrEqual(5);
  expect(saved.preparation.indicators.find((i: { name: string }) => i.name === name)).toMatchObject({
    baseline: { value: 12.5, year: 2024 },
    target: { value: 18, year: 2030 },
  });
  expect(saved.preparation.perceivedOutcomes[0].description).toBe('Koelere straten in de zomer.');
  await expect(nav.getByRole('button', { name: 'Verwachte effecten (klaar)' })).toBeVisible();
});

test('undo and redo, by keyboard and by button; a finding link takes the user to the field', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByLabel('Titel van de nieuwe beoordeling').fill('Ongedaan');
  await page.getByRole('button', { name: 'Nieuwe beoordeling' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused(); // opened at once, focus on its first step

  // The finding "no problem" links to the problem field.
  await missing(page).getByRole('link', { name: 'Het probleem is nog niet beschreven.' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Probleem en ambitie');
  const problem = page.getByLabel('Probleem', { exact: true });
  await expect(problem).toBeFocused();
  await page.keyboard.type('Eerste versie');
  await expect(page.getByRole('button', { name: 'Ongedaan maken' })).toBeEnabled();
  // Another field is another undo step, however soon after: no waiting out the coalescing window.
  await page.getByLabel('Doelgroepen').fill('Jongeren');
  await expect(page.getByRole('button', { name: 'Ongedaan maken' })).toBeEnabled();

  await page.keyboard.press('Control+z');
  await expect(page.getByLabel('Doelgroepen')).toHaveValue('');
  await expect(problem).toHaveValue('Eerste versie');
  await page.keyboard.press('Control+z');
  await expect(problem).toHaveValue('');
  await page.keyboard.press('Control+Shift+z');
  await expect(problem).toHaveValue('Eerste versie');
  await page.getByRole('button', { name: 'Opnieuw' }).click();
  await expect(page.getByLabel('Doelgroepen')).toHaveValue('Jongeren');
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByLabel('Doelgroepen')).toHaveValue('');
  await expect(page.getByRole('toolbar', { name: 'Beoordeling' }).getByRole('status')).toHaveText('Opgeslagen');
  const file = (await (await import('node:fs/promises')).readdir(app.workspaceDir)).find((f) => f.endsWith('.json'))!;
  const saved = JSON.parse(await readFile(join(app.workspaceDir, file), 'utf8'));
  expect(saved.preparation).toMatchObject({ problem: 'Eerste versie', targetGroups: '' });
});

test('the effects grid in Chromium: Tab along a row, arrow keys choose, a closed explanation is skipped', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByLabel('Titel van de nieuwe beoordeling').fill('Toetsenbord');
  await page.getByRole('button', { name: 'Nieuwe beoordeling' }).click();
  await page
    .getByRole('navigation', { name: 'Stappen' })
    .getByRole('button', { name: /^Verwachte effecten/ })
    .click();
  await page.getByLabel('Richting voor Welzijn').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Richting voor Welzijn')).toHaveValue('-1');
  for (const next of [
    'Zekerheid voor Welzijn',
    'Wanneer voor Welzijn',
    'Niveau voor Welzijn',
    'Schaal voor Welzijn',
    'Waar voor Welzijn',
    'Duur voor Welzijn',
  ]) {
    await page.keyboard.press('Tab');
    await expect(page.getByLabel(next)).toBeFocused();
  }
  await page.keyboard.press('Tab');
  await expect(page.getByText('Toelichting bij Welzijn')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '+ Nog een effect op Welzijn' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Richting voor Materiële welvaart')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Wie gaat erop vooruit (Welzijn)')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Wie gaat erop vooruit (Welzijn)')).toBeFocused();
  await page.keyboard.type('Werkzoekenden');
  await expect(page.getByRole('toolbar', { name: 'Beoordeling' }).getByRole('status')).toHaveText('Opgeslagen');
  const file = (await (await import('node:fs/promises')).readdir(app.workspaceDir)).find((f) => f.endsWith('.json'))!;
  const saved = JSON.parse(await readFile(join(app.workspaceDir, file), 'utf8'));
  expect(saved.preparation.effects).toEqual([expect.objectContaining({ theme: 'welzijn', direction: -1, gains: 'Werkzoekenden' })]);
});
