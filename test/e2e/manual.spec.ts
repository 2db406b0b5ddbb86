import AxeBuilder from '@axe-core/playwright';
import { messages } from '../../shared/i18n';
import { STEP_LIST } from '../../shared/steps/list';
import { expect, openApp, test } from './fixtures';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];

test("each step's help opens the manual at its page; the manual searches by keyboard, Escape closes it, axe finds nothing", async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page, app);
  await page.getByRole('button', { name: 'Voorbeeld openen' }).click();
  const nav = page.getByRole('navigation', { name: 'Stappen' });
  await nav.getByRole('button', { name: new RegExp(`^${messages.nl.steps.effects} \\(`) }).click();

  // From the step's help, by keyboard.
  const open = page.getByRole('button', { name: 'Handleiding bij deze stap' });
  await open.focus();
  await page.keyboard.press('Enter');
  const manual = page.getByRole('dialog', { name: 'Handleiding' });
  await expect(manual).toBeVisible();
  const heading = manual.getByRole('heading', { level: 3, name: messages.nl.steps.effects });
  await expect(heading).toBeFocused();
  const effects = manual.getByRole('region', { name: messages.nl.steps.effects });
  for (const part of [
    'Wat',
    'Waarom',
    'Voorbeeld: medtech-campus Heerlen',
    'Veelgemaakte fouten',
    'Een effect scoren: richting −2 tot +2',
    'Zekerheid: laag, middel, hoog',
    'Elders: effecten buiten Nederland',
  ])
    await expect(effects.getByRole('heading', { level: 4, name: part })).toBeVisible();
  await expect(effects).toContainText('wie daar de prijs betaalt');
  await expect(manual.getByRole('region')).toHaveCount(STEP_LIST.length);
  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).include('dialog').analyze();
  expect(axe.violations.map((v) => `${v.id} ${v.help} ${v.nodes[0]?.target}`)).toEqual([]);
  await heading.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/manual-effects-nl.png' });

  // Search: the pages filter as one types, the count is announced.
  await manual.getByRole('searchbox', { name: 'Zoeken in de handleiding' }).focus();
  await page.keyboard.type('Monitor Brede Welvaart');
  await expect(manual.getByRole('status')).toHaveText(/pagina/);
  const found = await manual.getByRole('region').evaluateAll((els) => els.map((e) => e.querySelector('h3')?.textContent));
  expect(found).toContain(messages.nl.steps.indicators);
  expect(found.length).toBeLessThan(STEP_LIST.length);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('financiele situatie xyzzy');
  await expect(manual.getByRole('status')).toHaveText('Geen pagina gevonden');
  await expect(manual.getByRole('region')).toHaveCount(0);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('nulmeting streefwaarde');
  await expect(manual.getByRole('region', { name: messages.nl.steps.indicators })).toBeVisible();
  await manual.getByRole('region', { name: messages.nl.steps.indicators }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/manual-search-nl.png' });

  // Escape closes it; the focus is back on the button that opened it.
  await page.keyboard.press('Escape');
  await expect(manual).toHaveCount(0);
  await expect(open).toBeFocused();
});

test('the manual in English from the header, every step with its page', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByLabel('Taal').selectOption('en');
  await page.getByRole('button', { name: 'Manual', exact: true }).click();
  const manual = page.getByRole('dialog', { name: 'Manual' });
  await expect(manual.getByRole('searchbox', { name: 'Search the manual' })).toBeFocused();
  await expect(manual.getByRole('status')).toHaveText(`${STEP_LIST.length} pages found`);
  for (const title of Object.values(messages.en.steps))
    await expect(manual.getByRole('heading', { level: 3, name: title, exact: true })).toHaveCount(1);
  await expect(manual.getByRole('region', { name: messages.en.steps.indicators })).toContainText('Objective and subjective');
  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).include('dialog').analyze();
  expect(axe.violations.map((v) => `${v.id} ${v.help} ${v.nodes[0]?.target}`)).toEqual([]);
  await manual.getByRole('button', { name: 'Close the manual' }).click();
  await expect(manual).toHaveCount(0);
});
