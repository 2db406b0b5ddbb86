import { execFileSync } from 'node:child_process';
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
    .getByRole('navigation', { name: 'Stappen' })
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

test('the trade-off: two effects on a theme by keyboard, groups, costs and risks; the overview and the PDF show them side by side', async ({
  page,
  app,
}, testInfo) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page, app);
  await page.getByLabel('Titel van de nieuwe beoordeling').fill('Gebiedsprogramma Zuid');
  await page.getByRole('button', { name: 'Nieuwe beoordeling' }).click();

  // Options: costs, feasibility, a risk and the reason for the preference.
  await step(page, 'Beleidsopties');
  await page.getByLabel('Eenmalige kosten (euro) (Voorstel)').fill('1.250.000');
  await page.getByLabel('Jaarlijkse kosten (euro) (Voorstel)').fill('80.000');
  await page.getByLabel('Periode (Voorstel)').fill('2027–2031');
  await page.getByLabel('Wie betaalt (Voorstel)').fill('Gemeente en woningcorporatie samen');
  await page.getByLabel('Juridisch: uitvoerbaarheid (Voorstel)').selectOption({ label: 'middel' });
  await page.getByLabel('Juridisch: waarom (Voorstel)').fill('Sloop vraagt een sociaal plan en instemming van de huurders.');
  await page.getByRole('button', { name: 'Risico toevoegen (Voorstel)' }).click();
  await expect(page.getByLabel('Risico 1 (Voorstel)')).toBeFocused();
  await page.getByLabel('Risico 1 (Voorstel)').fill('Huurders vinden geen betaalbare woning in de wijk.');
  await page.getByLabel('Kans 1 (Voorstel)').selectOption({ label: 'hoog' });
  await page.getByLabel('Impact 1 (Voorstel)').selectOption({ label: 'hoog' });
  await page.getByLabel('Beheersmaatregel 1 (Voorstel)').fill('Terugkeergarantie voor zittende huurders.');
  await page.getByLabel('Waarom heeft deze optie de voorkeur?').fill('Alleen vernieuwing maakt de wijk duurzaam leefbaar.');
  await axe(page, 'options');

  // The zero option: the expected development without new policy.
  await step(page, 'Verwachte effecten');
  await page.getByLabel('Effecten van optie').selectOption({ label: 'Nuloptie (niets doen)' });
  await expect(page.getByText('De nuloptie is de referentie')).toBeVisible();
  await page.getByLabel('Richting voor Wonen').selectOption({ label: '−1 negatief' });
  await page.getByLabel('Verwachte ontwikkeling zonder nieuw beleid (Wonen)').fill('De woningen verouderen verder; leegstand neemt toe.');

  // The proposal: one effect row entered by keyboard alone, then a second effect on the same theme elsewhere.
  await page.getByLabel('Effecten van optie').selectOption({ label: 'Voorstel' });
  await expect(page.getByRole('table', { name: 'Verwachte effecten van "Voorstel" per thema (t.o.v. de nuloptie)' })).toBeVisible();
  await page.getByLabel('Richting voor Wonen').focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Richting voor Wonen')).toHaveValue('1');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Zekerheid voor Wonen')).toHaveValue('medium');
  for (const label of ['Wanneer voor Wonen', 'Niveau voor Wonen', 'Schaal voor Wonen', 'Waar voor Wonen', 'Duur voor Wonen']) {
    await page.keyboard.press('Tab');
    await expect(page.getByLabel(label)).toBeFocused();
  }
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Duur voor Wonen')).toHaveValue('lasting');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '+ Nog een effect op Wonen' })).toBeFocused();
  await page.keyboard.press('Enter');
  const second = page.getByLabel('Richting voor Wonen, effect 2');
  await expect(second).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(second).toHaveValue('-1');
  for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
  await expect(page.getByLabel('Waar voor Wonen, effect 2')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Waar voor Wonen, effect 2')).toHaveValue('region');
  await expect(missing(page)).toContainText('Een negatief effect van de voorkeursoptie op Wonen noemt geen groep');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByText('Toelichting bij Wonen, effect 2')).toBeFocused();
  // A new entry opens its details by itself: where it lands is asked in the row, who and how much below it.
  await expect(page.getByLabel('Wie gaat erop vooruit (Wonen, effect 2)')).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Wie gaat erop achteruit (Wonen, effect 2)')).toBeFocused();
  await page.keyboard.type('Huishoudens met een laag inkomen verhuizen naar buurgemeenten.');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'laagste 20 % inkomens' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(missing(page)).not.toContainText('noemt geen groep');
  // A group of one's own, chosen with the mouse.
  await page.getByRole('button', { name: 'Eigen groep toevoegen' }).click();
  await page.getByLabel('Naam van eigen groep 1').fill('Studenten in kamerverhuur');
  await page.getByRole('checkbox', { name: 'Studenten in kamerverhuur' }).check();
  await page.getByLabel('Bereik: ongeveer hoeveel (Wonen, effect 2)').fill('350');
  await page.getByLabel('Bereik in (Wonen, effect 2)').selectOption({ label: 'huishoudens' });
  await page.getByLabel('Omvang in woorden (Wonen, effect 2)').fill('een op de vijf huurders');
  await axe(page, 'effects');

  const doc = await saved(page, app.workspaceDir);
  const wonen = doc.preparation.effects.filter(
    (e: { optionId: string; theme: string }) => e.optionId === 'option-proposal' && e.theme === 'wonen',
  );
  expect(wonen).toEqual([
    expect.objectContaining({ direction: 1, confidence: 'medium', where: 'area', duration: 'lasting', groups: [] }),
    expect.objectContaining({
      direction: -1,
      where: 'region',
      groups: ['income-low', doc.preparation.groups[0].id],
      reach: 350,
      reachUnit: 'households',
      size: 'een op de vijf huurders',
      loses: 'Huishoudens met een laag inkomen verhuizen naar buurgemeenten.',
    }),
  ]);
  expect(doc.preparation.options[0]).toMatchObject({
    costs: { oneOff: 1_250_000, yearly: 80_000, period: '2027–2031', payer: 'Gemeente en woningcorporatie samen' },
    feasibility: { legal: { level: 'medium' } },
    risks: [{ risk: 'Huurders vinden geen betaalbare woning in de wijk.', likelihood: 'high', impact: 'high' }],
  });

  // The overview: options side by side against the zero option.
  await step(page, 'Overzicht en afweging');
  const table = page.getByRole('region', { name: 'Opties naast elkaar, per thema (t.o.v. de nuloptie)' });
  await expect(table.getByRole('columnheader', { name: 'Nuloptie (niets doen) (referentie)' })).toBeVisible();
  const row = table.getByRole('row', { name: /^Wonen/ });
  await expect(row).toContainText('↓ −1');
  await expect(row).toContainText('De woningen verouderen verder');
  await expect(row).toContainText('↑ +1 (zekerheid middel)');
  await expect(row).toContainText('uitstraling: buurgemeenten en regio');
  await expect(row).toContainText('laagste 20 % inkomens, Studenten in kamerverhuur');
  await expect(row).toContainText('± 350 huishoudens');
  await expect(table.getByRole('row', { name: /^Per dimensie/ }).first()).toContainText('1 + / 1 − / 0 0');
  await expect(table.getByRole('row', { name: /^Kosten/ })).toContainText('€ 1.250.000 eenmalig');
  await expect(table.getByRole('row', { name: /^Risico/ })).toContainText(
    'Huurders vinden geen betaalbare woning in de wijk. (kans hoog, impact hoog)',
  );
  await expect(page.getByText('Alleen vernieuwing maakt de wijk duurzaam leefbaar.')).toBeVisible();
  // +1 here and −1 in the region: on balance no better than doing nothing.
  await expect(page.locator('.robustness')).toContainText('De voorkeur voor Voorstel rust niet op de verwachte effecten');
  await axe(page, 'review');
  await page.screenshot({ path: 'test-results/screens/tradeoff-review-nl.png', fullPage: true });

  // The PDF holds the table, the costs, the risks and the groups.
  await page.getByRole('button', { name: 'Exporteren als PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rapport exporteren als PDF' });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Exporteren' }).click();
  const pdfPath = testInfo.outputPath('tradeoff.pdf');
  await (await download).saveAs(pdfPath);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const expected of [
    'Opties naast elkaar (t.o.v. de nuloptie)',
    'Effectenkaart: Voorstel t.o.v. de nuloptie',
    'Nuloptie (niets doen) (referentie)',
    '€ 1.250.000 eenmalig',
    '€ 80.000 per jaar',
    'Gemeente en woningcorporatie samen',
    'Huurders vinden geen betaalbare woning in de wijk.',
    'Terugkeergarantie voor zittende huurders.',
    'laagste 20 % inkomens',
    'Studenten in kamerverhuur',
    'buurgemeenten en regio',
  ]) {
    expect(text, expected).toContain(expected);
  }
});
