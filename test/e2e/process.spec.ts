/**
 * The process evaluation step, in Chromium over the bridge, filled by keyboard alone: carried out as
 * planned, reach, spending, what helped or hindered, a main outcome indicator, support now. The step
 * shows spending against the frozen plan and the cost per unit with its caveat; axe finds nothing;
 * the file on disk holds what was typed; the PDF (nl and en) read back holds the process section and
 * value for money.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { AssessmentDocument } from '../../shared/model/document';
import { freezeRecord } from '../../shared/model/freeze';
import { completeDocument } from '../shared/analysis/build';
import { realised } from '../shared/analysis/rules/fixtures';
import { expect, openApp, test } from './fixtures';

const TITLE = 'Werk in de wijk';
const NOTE = 'Later gestart door de aanbesteding';

/** A programme in evaluation with two planned activities, frozen costs, and a final value for "Inwoners aan het werk". */
function programme(): AssessmentDocument {
  const d = completeDocument();
  d.id = 'werk-in-de-wijk';
  d.context.title = TITLE;
  d.preparation.theoryOfChange.activities = [
    { id: 'act1', text: 'Opleidingstraject met baangarantie', assumption: '' },
    { id: 'act2', text: 'Wijkcoaches werven deelnemers', assumption: '' },
  ];
  d.preparation.options[0]!.costs = { oneOff: 100_000, yearly: 50_000, period: '2024–2027', payer: 'Gemeente' };
  Object.assign(d.preparation.indicators[0]!, { name: 'Inwoners aan het werk', unit: 'personen', baseline: { value: 40, year: 2023 } });
  d.implementation.frozen = freezeRecord(d, { by: 'A', at: '2024-01-15T09:00:00.000Z', date: '2024-01-15' });
  d.context.phase = 'evaluation';
  d.evaluation.finalValues = [{ indicatorId: 'i1', value: 100, date: '2027-12-31', note: '' }];
  d.evaluation.realisedEffects = [realised({ contributionConfidence: 'low' })];
  return d;
}

/** Presses Tab until the focused element matches (at most 80 times): the field is reachable by keyboard. */
async function tabTo(page: Page, match: (el: Element) => boolean | undefined, what: string) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(${match.toString()})(document.activeElement)`)) return;
  }
  throw new Error(`Tab never reached ${what}`);
}
const byId = (page: Page, id: string) => tabTo(page, new Function('el', `return el && el.id === ${JSON.stringify(id)}`) as never, id);
const byText = (page: Page, text: string) =>
  tabTo(page, new Function('el', `return el && (el.closest('label') || el).textContent.includes(${JSON.stringify(text)})`) as never, text);

async function exportPdf(page: Page, lang: 'Nederlands' | 'English', path: string): Promise<string> {
  await page.getByRole('button', { name: 'Exporteren als PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rapport exporteren als PDF' });
  await dialog.getByRole('radio', { name: 'Ex-post evaluatie' }).check();
  await dialog.getByRole('radio', { name: lang }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Exporteren' }).click();
  await (await download).saveAs(path);
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

test('the process step is filled by keyboard alone; value for money and the PDF follow (nl, en)', async ({ page, app }, testInfo) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page, app);
  await page
    .getByLabel('Beoordeling importeren (JSON-bestand)')
    .setInputFiles({ name: 'werk.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(programme())) });
  await page.getByRole('button', { name: `${TITLE} openen` }).click();
  await page
    .getByRole('navigation', { name: 'Stappen' })
    .getByRole('button', { name: /^Procesevaluatie \(/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Procesevaluatie');
  await expect(page.getByText('Opleidingstraject met baangarantie')).toBeVisible();

  // Keyboard only from here: Tab to each field, type, choose with letters and arrows, Space and Enter.
  await byId(page, 'f-act1-carriedOut');
  await page.keyboard.type('D');
  await byId(page, 'f-act1-activityNote');
  await page.keyboard.type(NOTE);
  await byId(page, 'f-act2-carriedOut');
  await page.keyboard.type('J');
  await byText(page, 'Bereik toevoegen');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Groep (bereik 1)')).toBeFocused();
  await page.keyboard.type('bew');
  await page.keyboard.press('Tab'); // unit: mensen
  await page.keyboard.press('Tab');
  await page.keyboard.type('80');
  await page.keyboard.press('Tab');
  await page.keyboard.type('60');
  await expect(page.getByText('75 % van gepland')).toBeVisible();
  await byId(page, 'f-spentOneOff');
  await page.keyboard.type('120000');
  await page.keyboard.press('Tab');
  await page.keyboard.type('150000');
  await page.keyboard.press('Tab');
  await page.keyboard.type('3');
  await byId(page, 'f-hindered');
  await page.keyboard.type('Weinig kinderopvang');
  await byText(page, 'Inwoners aan het werk');
  await page.keyboard.press('Space');
  await byId(page, 'f-supportExPost');
  await page.keyboard.type('R');

  // Spending against the frozen plan (100.000 + 50.000 × 3), and the cost per unit with its caveat.
  const table = page.getByRole('table', { name: 'Uitgaven naast de begroting' });
  await expect(table.getByRole('row', { name: /^Totaal/ })).toContainText('€ 250.000€ 270.000+ € 20.000+8 %');
  await expect(page.locator('#process-totals')).toHaveText('Gepland € 250.000, uitgegeven € 270.000: verschil + € 20.000 (+8 %).');
  await expect(page.locator('.unit-cost')).toHaveText('€ 4.500 per eenheid verbetering (personen)');
  await expect(page.getByText(/^Let op: de bijdrage van het beleid aan deze verandering is onzeker/)).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id} ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([]);
  await page.screenshot({ path: 'test-results/screens/process-step.png', fullPage: true });

  // What was typed is on disk.
  const file = join(app.workspaceDir, 'werk-in-de-wijk.impactwijzer.json');
  await expect
    .poll(async () => (JSON.parse(await readFile(file, 'utf8')) as AssessmentDocument).evaluation.process?.support, { timeout: 10_000 })
    .toBe('medium');
  const saved = (JSON.parse(await readFile(file, 'utf8')) as AssessmentDocument).evaluation.process!;
  expect(saved.activities).toEqual([
    { activityId: 'act1', carriedOut: 'partly', note: NOTE },
    { activityId: 'act2', carriedOut: 'yes', note: '' },
  ]);
  expect(saved.reach).toMatchObject([{ group: 'residents-area', planned: 80, reached: 60, unit: 'people' }]);
  expect(saved.spent).toEqual({ oneOff: 120_000, yearly: 150_000, years: 3, note: '' });
  expect(saved.mainIndicators).toEqual([{ indicatorId: 'i1', basis: 'total' }]);

  const nl = await exportPdf(page, 'Nederlands', testInfo.outputPath('process-nl.pdf'));
  for (const s of ['Procesevaluatie', NOTE, 'Waarde voor geld', '€ 4.500 per eenheid verbetering (personen)', 'Draagvlak en vertrouwen'])
    expect(nl, s).toContain(s);
  const en = await exportPdf(page, 'English', testInfo.outputPath('process-en.pdf'));
  for (const s of ['Process evaluation', NOTE, 'Value for money', '€4,500 per unit of improvement (personen)', 'Support and trust'])
    expect(en, s).toContain(s);
});
