import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];

async function axe(page: Page, where: string) {
  await page
    .locator('details:not([open]) > summary')
    .evaluateAll((els) => els.forEach((el) => ((el.parentElement as HTMLDetailsElement).open = true)));
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(result.violations.map((v) => `${where}: ${v.id} ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([]);
}

async function step(page: Page, title: string) {
  await page
    .getByRole('navigation', { name: /^(Stappen|Steps)$/ })
    .getByRole('button', { name: new RegExp(`^${title} \\(`) })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

async function saved(page: Page, dir: string) {
  await expect(page.getByRole('toolbar', { name: 'Beoordeling' }).getByRole('status')).toHaveText('Opgeslagen');
  const file = (await readdir(dir)).find((f) => f.endsWith('.json'))!;
  return JSON.parse(await readFile(join(dir, file), 'utf8'));
}

const missing = (page: Page) => page.getByRole('complementary', { name: 'Wat ontbreekt nog' });
const REASON = 'Geen wijkcijfer voor tevredenheid met het leven; bewoners vertellen het in het panel.';

test('an effect marked not quantified, with its reason, stays visible in the overview instead of reading as no effect', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page, app);
  await page.getByLabel('Titel van de nieuwe beoordeling').fill('Wijkaanpak Noord');
  await page.getByRole('button', { name: 'Nieuwe beoordeling' }).click();
  await step(page, 'Verwachte effecten');
  await page.getByLabel('Effecten van optie').selectOption({ label: 'Voorstel' });
  await page.getByText('Toelichting bij Welzijn').click();
  const mark = page.getByRole('checkbox', { name: 'Niet gekwantificeerd (Welzijn)' });
  // By keyboard: Space marks it, and a mark without a reason is a finding.
  await mark.focus();
  await page.keyboard.press('Space');
  await expect(mark).toBeChecked();
  await expect(missing(page)).toContainText('Niet gekwantificeerd zonder reden: verwacht effect op Welzijn');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Waarom niet gekwantificeerd (Welzijn)')).toBeFocused();
  await page.keyboard.type(REASON);
  await expect(missing(page)).not.toContainText('Niet gekwantificeerd zonder reden');
  await axe(page, 'effects');
  const doc = await saved(page, app.workspaceDir);
  const welzijn = doc.preparation.effects.find((e: { theme: string; optionId: string }) => e.theme === 'welzijn');
  expect(welzijn).toMatchObject({ optionId: 'option-proposal', direction: null, notQuantified: { reason: REASON } });

  await step(page, 'Overzicht en afweging');
  const table = page.getByRole('region', { name: 'Opties naast elkaar, per thema (t.o.v. de nuloptie)' });
  const row = table.getByRole('row', { name: /^Welzijn/ });
  await expect(row).toContainText('niet gekwantificeerd');
  await expect(row).toContainText(`niet gekwantificeerd: ${REASON}`);
  // Shown, never scored: the here-and-now count stays without effects.
  await expect(table.getByRole('row', { name: /^Per dimensie/ }).first()).toContainText('geen effecten');
  await axe(page, 'review');
  await page.screenshot({ path: 'test-results/screens/limits-review-nl.png', fullPage: true });

  // Unmarking removes it again from the overview.
  await step(page, 'Verwachte effecten');
  await page.getByText('Toelichting bij Welzijn').click();
  await page.getByRole('checkbox', { name: 'Niet gekwantificeerd (Welzijn)' }).uncheck();
  await step(page, 'Overzicht en afweging');
  await expect(table.getByRole('row', { name: /^Welzijn/ })).toHaveCount(0);
});

test('the sample in evaluation: caveats under results, the basis beside each conclusion, lasting, unintended where and who', async ({
  page,
  app,
}) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page, app);
  await page.getByRole('button', { name: 'Voorbeeld openen' }).click();

  await step(page, 'Resultaten');
  // Under each result a row with its caveat and the note where the limitation is stated.
  const note = page.getByLabel('Toelichting en beperkingen (Inwoners van Heerlen-Noord werkzaam in de medtech-logistiek)');
  await expect(note).toHaveValue(/Beperking: het aantal berust op een opgave van de werkgevers zelf/);
  const medtech = page.locator('.result-limits-row').filter({ has: note });
  await expect(medtech).toContainText('Let op: gegevens van lage kwaliteit, indicator bijgesteld');
  const health = page
    .locator('.result-limits-row')
    .filter({ has: page.getByRole('checkbox', { name: 'Niet gekwantificeerd (Ervaren gezondheid)' }) });
  await expect(health).toContainText('Let op: bron gewijzigd');
  // A result without a final value can be marked not quantified.
  const footprint = page.getByRole('checkbox', { name: 'Niet gekwantificeerd (Broeikasgasvoetafdruk in het buitenland)' });
  await footprint.check();
  await page.getByLabel('Waarom niet gekwantificeerd (Broeikasgasvoetafdruk in het buitenland)').fill('Geen cijfer op wijkniveau.');
  await axe(page, 'results');
  await page.screenshot({ path: 'test-results/screens/limits-results-nl.png', fullPage: true });
  await page.getByRole('table').first().screenshot({ path: 'test-results/screens/limits-results-table-nl.png' });
  const doc = await saved(page, app.workspaceDir);
  expect(doc.evaluation.notQuantifiedResults).toEqual([{ indicatorId: 'ind-voetafdruk-buitenland', reason: 'Geen cijfer op wijkniveau.' }]);

  await step(page, 'Verwacht en gerealiseerd');
  await page.getByText(/Arbeid en vrije tijd: verwacht \+2/).click();
  const basis = page.locator('.conclusion-basis').first();
  await page
    .locator('details', { has: page.locator('.conclusion-basis') })
    .first()
    .screenshot({ path: 'test-results/screens/limits-realised-arbeid-nl.png' });
  await expect(basis).toContainText('Zekerheid over de bijdrage: middel');
  await expect(basis).toContainText('Zonder beleid (nuloptie): 0');
  await expect(page.getByLabel('Blijvende verandering (Arbeid en vrije tijd)').first()).toHaveValue('expected');
  await page.getByLabel('Blijvende verandering (Arbeid en vrije tijd)').first().selectOption({ label: 'blijvend gebleken' });
  await axe(page, 'expected-realised');
  await page.screenshot({ path: 'test-results/screens/limits-expected-realised-nl.png', fullPage: true });

  await step(page, 'Onbedoelde effecten');
  await expect(page.getByLabel('Waar (Onbedoeld effect 1)')).toHaveValue('municipality');
  await expect(page.getByLabel('Schaal (Onbedoeld effect 1)')).toHaveValue('wijk');
  await page.getByLabel('Niveau (Onbedoeld effect 2)').selectOption({ label: 'Collectief' });
  const who = page.getByRole('group', { name: 'Wie (groepen) (Onbedoeld effect 2)' });
  await who.getByRole('checkbox', { name: 'ouderen' }).check();
  await axe(page, 'unintended');
  await page.screenshot({ path: 'test-results/screens/limits-unintended-nl.png', fullPage: true });
  await page.locator('fieldset.item-card').nth(1).screenshot({ path: 'test-results/screens/limits-unintended-2-nl.png' });
  const after = await saved(page, app.workspaceDir);
  expect(after.evaluation.realisedEffects.find((r: { effectId: string }) => r.effectId === 'eff-p-arbeid').lasting).toBe('lasted');
  expect(after.evaluation.unintendedEffects[1]).toMatchObject({ level: 'collectief', groups: ['residents-area', 'young', 'older'] });
});
