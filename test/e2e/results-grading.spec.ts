/**
 * Results judged against the frozen expectations, in Chromium over the bridge: the results step
 * shows the frozen and the adjusted target and grades against the frozen one first; the signals
 * step names a source change and the comparison area; a measurement is edited in place and the
 * edit undone; the same paste twice adds nothing the second time. Axe on each changed screen.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { AssessmentDocument, Measurement } from '../../shared/model/document';
import { completeDocument } from '../shared/analysis/build';
import { freeze } from '../shared/analysis/rules/fixtures';
import { expect, openApp, test, type App } from './fixtures';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];
const TITLE = 'Gezonde wijk';
const NAME = 'Ervaren gezondheid';

const m = (date: string, value: number, source: string, comparison: Measurement['comparison'] = null): Measurement => ({
  id: `m-${date}`,
  indicatorId: 'i1',
  date,
  value,
  source,
  note: '',
  comparison,
});

/**
 * A programme in evaluation: "Ervaren gezondheid" frozen at 50 (2023) → 60 (2027), later adjusted
 * (with a decision) to 55; final value 56. Against the frozen target that is 60 % of the way, against
 * the adjusted one the target is reached. The survey changes source in 2025.
 */
function programme(): AssessmentDocument {
  const d = completeDocument();
  d.id = 'gezonde-wijk';
  d.context.title = TITLE;
  d.preparation.indicators[0]!.name = NAME;
  freeze(d);
  d.context.phase = 'evaluation';
  d.preparation.indicators[0]!.target = { value: 55, year: 2027 };
  d.implementation.adjustments = [
    {
      id: 'adj1',
      date: '2025-05-03',
      decision: 'Raadsbesluit 3 mei 2025',
      reason: 'Minder budget',
      indicatorIds: ['i1'],
      effectIds: [],
      changesAmbition: false,
      changes: [{ itemId: 'i1', field: 'target', from: 60, to: 55 }],
    },
  ];
  d.implementation.measurements = [
    m('2024-12-31', 52, 'GGD-monitor', { area: 'Parkstad', value: 51 }),
    m('2025-12-31', 54, 'Eigen enquête (n = 412)', { area: 'Parkstad', value: 51.5 }),
  ];
  d.evaluation.finalValues = [{ indicatorId: 'i1', value: 56, date: '2027-12-31', note: '' }];
  return d;
}

async function openProgramme(page: Page, app: App): Promise<string> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page, app);
  const buffer = Buffer.from(JSON.stringify(programme()));
  await page
    .getByLabel('Beoordeling importeren (JSON-bestand)')
    .setInputFiles({ name: 'gezonde-wijk.json', mimeType: 'application/json', buffer });
  await page.getByRole('button', { name: `${TITLE} openen` }).click();
  await expect(page.getByRole('navigation', { name: 'Stappen' })).toBeVisible();
  return join(app.workspaceDir, 'gezonde-wijk.impactwijzer.json');
}

async function goTo(page: Page, title: string) {
  await page
    .getByRole('navigation', { name: 'Stappen' })
    .getByRole('button', { name: new RegExp(`^${title} \\(`) })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

async function axe(page: Page, where: string) {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(result.violations.map((v) => `${where}: ${v.id} ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([]);
}

const onDisk = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as AssessmentDocument;

test('results show the frozen and the adjusted target and grade against the frozen one first', async ({ page, app }) => {
  await openProgramme(page, app);
  await goTo(page, 'Resultaten');
  const row = page.getByRole('row', { name: new RegExp(`^${NAME}`) });
  await expect(row).toContainText('Vastgelegd doel: 60 (2027)');
  await expect(row).toContainText('Bijgesteld doel: 55 (2027) (besluit 3 mei 2025)');
  const grades = row.locator('.grade');
  await expect(grades.nth(0)).toHaveText('◕ op de goede weg (60 % van de weg)');
  await expect(grades.nth(1)).toHaveText('Bijgesteld doel: ● doel gehaald (120 % van de weg)');
  // An indicator without an adjustment has one grade, against its one target.
  await expect(page.getByRole('row', { name: /^i3/ }).locator('.grade')).toHaveCount(1);
  await axe(page, 'results');
  await page.screenshot({ path: 'test-results/screens/results-grading.png', fullPage: true });

  await goTo(page, 'Verwacht en gerealiseerd');
  await page.locator('details:not([open]) > summary').first().click();
  await expect(
    page
      .locator('.effect-evidence')
      .first()
      .getByRole('row', { name: new RegExp(`^${NAME}`) }),
  ).toContainText('◕ op de goede weg (60 % van de weg)');
  await axe(page, 'expected-realised');
});

test('signals name the source change and the comparison area', async ({ page, app }) => {
  await openProgramme(page, app);
  await goTo(page, 'Signalen');
  const row = page.getByRole('row', { name: new RegExp(`^${NAME}`) });
  await expect(row).toContainText('Andere bron vanaf 2025-12-31: GGD-monitor → Eigen enquête (n = 412)');
  await expect(row).toContainText(
    'Vergeleken met Parkstad: hier +2, daar +0,5; het verschil van +1,5 is beter dan het vergelijkingsgebied.',
  );
  await expect(row.getByRole('img')).toHaveAccessibleName(/bronwissel 2025-12-31/);
  await axe(page, 'signals');
  await page.screenshot({ path: 'test-results/screens/signals-grading.png', fullPage: true });
});

test('a measurement is edited in place and the edit undone; the same paste twice adds nothing', async ({ page, app }) => {
  const file = await openProgramme(page, app);
  await goTo(page, 'Metingen');
  await page.getByText(`${NAME}: 2 metingen`).click();
  const value = page.getByLabel(`Waarde van de meting van 2024-12-31 (${NAME})`);
  await expect(value).toHaveValue('52');
  await value.fill('53,5');
  await value.press('Tab');
  await expect.poll(async () => (await onDisk(file)).implementation.measurements.find((x) => x.id === 'm-2024-12-31')?.value).toBe(53.5);
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(value).toHaveValue('52');
  await expect.poll(async () => (await onDisk(file)).implementation.measurements.find((x) => x.id === 'm-2024-12-31')?.value).toBe(52);

  const rows = [`${NAME}\t31-12-2026\t55\tEigen enquête`, `${NAME}\t31-12-2025\t54\tEigen enquête\t\tParkstad\t51,5`].join('\n');
  const paste = async () => {
    await page.getByLabel('Geplakte rijen').fill(rows);
    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
  };
  await paste();
  // The 2025 row repeats a measurement (same indicator, date and area): marked, skipped by default.
  await expect(page.locator('.row-duplicate')).toHaveCount(1);
  await expect(page.getByRole('radio', { name: 'overslaan' })).toBeChecked();
  await axe(page, 'paste preview');
  await page.screenshot({ path: 'test-results/screens/paste-duplicates.png', fullPage: true });
  await page.getByRole('button', { name: '1 goede rij toevoegen' }).click();
  await expect(page.getByText('1 rij toegevoegd, 0 vervangen, 1 overgeslagen.')).toBeVisible();
  await expect(page.getByText(`${NAME}: 3 metingen`)).toBeVisible();

  await paste();
  await expect(page.locator('.row-duplicate')).toHaveCount(2);
  await expect(page.getByText('Er is niets nieuws om toe te voegen')).toBeVisible();
  await expect(page.getByRole('button', { name: /goede (rij|rijen) toevoegen/ })).toHaveCount(0);
  await expect(page.getByText(`${NAME}: 3 metingen`)).toBeVisible();
  await expect.poll(async () => (await onDisk(file)).implementation.measurements.length).toBe(3);
  await axe(page, 'measurements');
});

test('the margin of error is entered in the indicator editor; the example’s measurements step passes axe with every series open', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page, app);
  await page.getByRole('button', { name: 'Voorbeeld openen' }).click();
  await goTo(page, 'Indicatoren');
  await page.locator('details:not([open]) > summary').first().click();
  const kind = page.getByLabel(/^Soort foutmarge/).first();
  await kind.selectOption('sample');
  const n = page.getByLabel(/^Steekproefgrootte n/).first();
  await n.fill('412');
  await expect(page.locator('.margin-field').first()).toContainText(
    /Marge bij 50 %: ± 4,83 procentpunt|alleen een marge bij een percentage/,
  );
  await axe(page, 'indicators');
  await page.locator('.margin-field').first().screenshot({ path: 'test-results/screens/margin-field.png' });

  await goTo(page, 'Metingen');
  await page
    .locator('details:not([open]) > summary')
    .evaluateAll((els) => els.forEach((el) => ((el.parentElement as HTMLDetailsElement).open = true)));
  await expect(page.getByLabel(/^Waarde van de meting van/).first()).toBeVisible();
  await axe(page, 'measurements (example)');
});
