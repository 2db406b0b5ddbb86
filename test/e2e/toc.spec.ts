/**
 * The theory of change as links and the evidence beside each effect (issue 18), in Chromium over
 * the bridge: a chain and an indicator linked by keyboard alone (Space on checkboxes, typing in the
 * link's assumption and evidence) reach the file and the diagram; the critical friend's finding on
 * an unmeasured outcome goes away; the sample's expected-versus-realised step shows each effect's
 * indicators with their grade beside it. Axe on both steps; screenshots in test-results/screens.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { AssessmentDocument } from '../../shared/model/document';
import { completeDocument } from '../shared/analysis/build';
import { expect, openApp, test, type App } from './fixtures';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];

async function axe(page: Page, where: string) {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(result.violations.map((v) => `${where}: ${v.id} ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([]);
}

async function importAndOpen(page: Page, app: App, doc: AssessmentDocument, name: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page, app);
  const buffer = Buffer.from(JSON.stringify(doc));
  await page.getByLabel('Beoordeling importeren (JSON-bestand)').setInputFiles({ name, mimeType: 'application/json', buffer });
  await page.getByRole('button', { name: `${doc.context.title} openen` }).click();
  await expect(page.getByRole('navigation', { name: 'Stappen' })).toBeVisible();
}

async function goTo(page: Page, title: string) {
  await page
    .getByRole('navigation', { name: 'Stappen' })
    .getByRole('button', { name: new RegExp(`^${title} \\(`) })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

const onDisk = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as AssessmentDocument;

/** A document in preparation with one step per list of the theory of change, none linked yet. */
function unlinked(): AssessmentDocument {
  const d = completeDocument();
  d.id = 'keten';
  d.context.title = 'Keten Heerlen';
  const step = (id: string, text: string) => ({ id, text, assumption: '' });
  d.preparation.theoryOfChange = {
    activities: [step('act1', 'Opleidingstraject opzetten')],
    outputs: [step('out1', '300 deelnemers gestart')],
    outcomes: [step('uit1', 'Meer inwoners aan het werk')],
    impacts: [step('imp1', 'Brede welvaart in de wijk groeit')],
  };
  return d;
}

test('a chain and an indicator are linked by keyboard alone, saved, drawn and checked', async ({ page, app }) => {
  await importAndOpen(page, app, unlinked(), 'keten.json');
  const file = join(app.workspaceDir, 'keten.impactwijzer.json');
  await goTo(page, 'Veranderingstheorie');
  const findings = page.getByRole('complementary');
  await expect(findings.getByText('Uitkomst "Meer inwoners aan het werk" heeft geen indicator')).toBeVisible();

  // Activity → output: Space on the checkbox, then Tab into the link's assumption and evidence.
  const leads = page.getByRole('group', { name: 'Activiteiten 1 leidt tot (Prestaties (output))' });
  await leads.getByRole('checkbox', { name: '300 deelnemers gestart' }).focus();
  await page.keyboard.press('Space');
  await expect(leads.getByRole('checkbox', { name: '300 deelnemers gestart' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Aanname: Activiteiten 1 → 300 deelnemers gestart', { exact: true })).toBeFocused();
  await page.keyboard.type('Wijkteams bereiken de doelgroep');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Onderbouwing van die aanname: Activiteiten 1 → 300 deelnemers gestart')).toBeFocused();
  await page.keyboard.type('Pilot 2023: 46 van 60 bereikt');

  // Output → outcome, and the outcome's indicator and effect.
  await page
    .getByRole('group', { name: /^Prestaties \(output\) 1 leidt tot/ })
    .getByRole('checkbox')
    .focus();
  await page.keyboard.press('Space');
  // The outcome's indicators and effects are in a fold (issue 17): the finding on the unmeasured outcome opens it and
  // puts the focus on its list of indicators.
  const indicators = page.getByRole('group', { name: 'Uitkomsten (outcome) 1: indicatoren die dit laten zien' });
  await expect(indicators).toHaveCount(0);
  await findings.getByRole('link', { name: /^Uitkomst "Meer inwoners aan het werk" heeft geen indicator/ }).click();
  await expect(indicators.getByRole('checkbox', { name: 'i1' })).toBeFocused();
  // Closed again, Enter on its summary opens it.
  const fold = page.locator('#s-uit1-measured > summary');
  await fold.click();
  await expect(indicators).toHaveCount(0);
  await fold.focus();
  await page.keyboard.press('Enter');
  await indicators.getByRole('checkbox', { name: 'i1' }).focus();
  await page.keyboard.press('Space');
  const effects = page.getByRole('group', { name: 'Uitkomsten (outcome) 1: effecten die bij deze uitkomst horen' });
  await effects.getByRole('checkbox', { name: /^Arbeid en vrije tijd/ }).focus();
  await page.keyboard.press('Space');

  await expect(findings.getByText('Uitkomst "Meer inwoners aan het werk" heeft geen indicator')).toHaveCount(0);
  const diagram = page.getByRole('img', { name: 'Schema van de veranderingstheorie' });
  await expect(diagram).toBeVisible();
  await expect(diagram).toContainText('zichtbaar in 1');
  await expect
    .poll(async () => {
      const toc = (await onDisk(file)).preparation.theoryOfChange;
      return [toc.activities[0]!.links, toc.outputs[0]!.links?.map((l) => l.to), toc.outcomes[0]!.indicatorIds];
    })
    .toEqual([
      [{ to: 'out1', assumption: 'Wijkteams bereiken de doelgroep', evidence: 'Pilot 2023: 46 van 60 bereikt' }],
      ['uit1'],
      ['i1'],
    ]);
  expect((await onDisk(file)).preparation.effects.find((e) => e.id === 'e1')!.outcomeId).toBe('uit1');
  // The link output → outcome has no assumption: no finding; with one and no evidence: a low finding.
  await page
    .getByLabel('Aanname: Prestaties (output) 1 → Meer inwoners aan het werk', { exact: true })
    .fill('Een certificaat leidt tot een baan');
  await expect(findings.getByText(/De schakel "300 deelnemers gestart" → "Meer inwoners aan het werk"/)).toBeVisible();
  await axe(page, 'theory');
  await page.screenshot({ path: 'test-results/screens/toc-linked.png', fullPage: true });
});

test("the sample: the diagram, and each effect's indicators with their grade beside it", async ({ page, app }) => {
  const sample = JSON.parse(await readFile('assets/examples/medtech-heerlen.json', 'utf8')) as AssessmentDocument;
  await importAndOpen(page, app, sample, 'voorbeeld.json');
  await goTo(page, 'Veranderingstheorie');
  const diagram = page.getByRole('img', { name: 'Schema van de veranderingstheorie' });
  await expect(diagram).toContainText('zichtbaar in 3');
  await axe(page, 'theory (sample)');
  await page.locator('figure.toc-diagram').screenshot({ path: 'test-results/screens/toc-diagram.png' });

  await goTo(page, 'Verwacht en gerealiseerd');
  await page.locator('details:not([open]) > summary').first().click();
  const evidence = page.locator('.effect-evidence').first();
  const row = evidence.getByRole('row', { name: /^Netto arbeidsparticipatie/ });
  await expect(row).toContainText('via uitkomst "Meer inwoners van Heerlen-Noord');
  await expect(row).toContainText('64,5 % van personen 15–75 jaar (2028)');
  await expect(row).toContainText('op de goede weg (92 % van de weg)');
  await expect(evidence).toContainText('busjes van het uitzendbureau');
  await axe(page, 'expected-realised (sample)');
  await page.screenshot({ path: 'test-results/screens/expected-realised-evidence.png', fullPage: true });
});
