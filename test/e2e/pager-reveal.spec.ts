/**
 * Paged lists in Chromium over the bridge (issue 17): a finding that points to an indicator on the second page of the
 * indicators step takes the focus to that indicator's field, from another step and from the step itself; the pager's
 * first and last page buttons and its page-number field work by keyboard alone (a page outside the range is refused with a
 * message); axe-clean in Dutch and English, and no sideways scrolling at 200% zoom. Screenshots in test-results/screens.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { Indicator, type AssessmentDocument } from '../../shared/model/document';
import { completeDocument } from '../shared/analysis/build';
import { expect, openApp, test } from './fixtures';

const name = (n: number) => `Meetpunt ${String(n).padStart(2, '0')}`;

function sixtyIndicators(): AssessmentDocument {
  const d = completeDocument();
  d.id = 'zestig-indicatoren';
  d.context.title = 'Zestig indicatoren';
  d.preparation.indicators = Array.from({ length: 60 }, (_, i) =>
    Indicator.parse({
      id: `ind-${i + 1}`,
      name: name(i + 1),
      theme: 'wonen',
      goodDirection: 'up',
      kind: 'objective',
      source: 'CBS',
      scale: 'wijk',
      baseline: i === 56 ? null : { value: 50, year: 2023 },
      target: { value: 60, year: 2027 },
    }),
  );
  return d;
}

async function open(page: Page, doc: AssessmentDocument) {
  const buffer = Buffer.from(JSON.stringify(doc));
  await page
    .getByLabel('Beoordeling importeren (JSON-bestand)')
    .setInputFiles({ name: 'zestig.json', mimeType: 'application/json', buffer });
  await page.getByRole('button', { name: `${doc.context.title} openen` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Context');
}

const axe = async (page: Page, where: string) => {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(result.violations.map((v) => `${where}: ${v.id} ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([]);
};

test('a finding on page 2 of the indicators takes the focus to its field; the pager by keyboard; axe-clean', async ({ page, app }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page, app);
  await open(page, sixtyIndicators());
  const panel = page.getByRole('complementary');
  const finding = panel.getByRole('link', { name: /Meetpunt 57/ });
  const pager = page.getByRole('navigation', { name: 'Bladeren door Gekozen indicatoren (60)' });
  const status = pager.getByRole('status');
  const baseline = page.locator('#f-ind-57-baseline');

  // From another step: the indicators step opens on page 2, with the focus in the missing baseline.
  await finding.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Indicatoren');
  await expect(status).toHaveText('51–60 van 60');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await expect(baseline).toBeFocused();

  // The pager by keyboard: first page (the focus, no longer on a usable button, goes to the page field), then last page.
  await pager.getByRole('button', { name: 'Eerste pagina' }).focus();
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('1–50 van 60');
  const field = pager.getByRole('textbox', { name: 'Pagina (1 t/m 2)' });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('1');
  await expect(pager.getByRole('button', { name: 'Eerste pagina' })).toBeDisabled();
  await page.keyboard.press('Shift+Tab');
  await expect(pager.getByRole('button', { name: 'Laatste pagina' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('51–60 van 60');
  await expect(field).toBeFocused();
  // Next and last page are disabled now, so the one before the field is the previous page.
  await page.keyboard.press('Shift+Tab');
  await expect(pager.getByRole('button', { name: 'Vorige 50' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('1–50 van 60');

  // A page by number; one outside the range is refused with a message, in the field's description.
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  const error = pager.getByRole('alert');
  await expect(error).toHaveText('Pagina "7" bestaat niet. Vul een nummer in van 1 tot en met 2.');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription('Pagina "7" bestaat niet. Vul een nummer in van 1 tot en met 2.');
  await expect(status).toHaveText('1–50 van 60');
  await axe(page, 'indicators, page field refused');
  await pager.screenshot({ path: 'test-results/screens/pager-refused.png' });
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  await expect(pager.getByRole('button', { name: 'Ga naar pagina' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('51–60 van 60');
  await expect(error).toHaveCount(0);

  // From the step itself, on page 1: the finding turns the page and focuses the field.
  await pager.getByRole('button', { name: 'Eerste pagina' }).click();
  await expect(status).toHaveText('1–50 van 60');
  await finding.click();
  await expect(status).toHaveText('51–60 van 60');
  await expect(baseline).toBeFocused();
  await axe(page, 'indicators, page 2');
  await pager.screenshot({ path: 'test-results/screens/pager.png' });
  await page.screenshot({ path: 'test-results/screens/pager-indicators.png', fullPage: true });

  // English words, axe-clean.
  await page.getByLabel('Taal', { exact: true }).selectOption('en');
  const english = page.getByRole('navigation', { name: 'Page through Chosen indicators (60)' });
  await expect(english.getByRole('button', { name: 'First page' })).toBeEnabled();
  await expect(english.getByRole('button', { name: 'Last page' })).toBeDisabled();
  await expect(english.getByRole('textbox', { name: 'Page (1 to 2)' })).toHaveValue('2');
  await expect(english.getByRole('status')).toHaveText('51–60 of 60');
  await axe(page, 'indicators, English');
});

test('the pager at 200% zoom: the indicators step does not scroll sideways', async ({ page, app }) => {
  await page.setViewportSize({ width: 640, height: 400 });
  await openApp(page, app);
  await open(page, sixtyIndicators());
  await page
    .getByRole('complementary')
    .getByRole('link', { name: /Meetpunt 57/ })
    .click();
  await expect(page.locator('#f-ind-57-baseline')).toBeFocused();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByRole('navigation', { name: 'Bladeren door Gekozen indicatoren (60)' }).screenshot({
    path: 'test-results/screens/pager-zoom200.png',
  });
});
