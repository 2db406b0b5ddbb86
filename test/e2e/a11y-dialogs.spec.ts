import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { messages } from '../../shared/i18n';
import { expect, openApp, test } from './fixtures';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];
const steps = messages.nl.steps;

async function goTo(page: Page, title: string) {
  await page
    .getByRole('navigation', { name: 'Stappen' })
    .getByRole('button', { name: new RegExp(`^${title} \\(`) })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

/** Presses Tab until the focused element has the given accessible name (aria snapshot of the focus), at most `limit` times. */
async function tabTo(page: Page, name: string, limit = 200) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    if (
      (await focused.count()) === 1 &&
      (await focused.evaluate((el) => el.getAttribute('aria-label') ?? el.closest('label')?.textContent ?? '')).includes(name)
    )
      return;
  }
  throw new Error(`Tab never reached ${name}`);
}

test('deleting an option with effects asks first, names what goes with it, Escape cancels, and undo brings all back', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, app);
  await page.getByLabel('Titel van de nieuwe beoordeling').fill('Verwijderen met gevolgen');
  await page.getByRole('button', { name: 'Nieuwe beoordeling' }).click();
  await goTo(page, steps.effects);
  await page.getByLabel('Richting voor Milieu', { exact: true }).selectOption({ label: '+2 sterk positief' });
  await page.getByLabel('Richting voor Gezondheid').selectOption({ label: '+1 positief' });
  await goTo(page, steps.options);

  const remove = page.getByRole('button', { name: 'Optie "Voorstel" verwijderen' });
  await remove.click();
  const dialog = page.getByRole('dialog', { name: 'Optie "Voorstel" verwijderen?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Daarmee verdwijnt ook:');
  await expect(dialog.getByRole('listitem')).toHaveText(['2 effecten van deze optie', 'de keuze voor deze optie als voorkeursoptie']);
  // The safe choice has the focus; Tab stays inside the dialog.
  await expect(dialog.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Verwijderen' })).toBeFocused();
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog') || document.activeElement === document.body)).toBe(true);
  }
  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).include('dialog').analyze();
  expect(axe.violations.map((v) => `${v.id} ${v.help}`)).toEqual([]);
  await page.screenshot({ path: 'test-results/screens/a11y-delete-dialog.png' });

  // Escape cancels: nothing deleted, the focus back on the button.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByLabel('Naam van optie 1')).toHaveValue('Voorstel');
  await expect(remove).toBeFocused();

  // Confirmed: the option and its effects go in one step.
  await remove.click();
  await dialog.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByLabel('Naam van optie 1')).toHaveValue('Nuloptie (niets doen)');
  await expect(page.getByRole('button', { name: 'Optie "Voorstel" verwijderen' })).toHaveCount(0);

  // One undo brings back the option and both effects.
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByLabel('Naam van optie 1')).toHaveValue('Voorstel');
  await goTo(page, steps.effects);
  await expect(page.getByLabel('Richting voor Milieu', { exact: true })).toHaveValue('2');
  await expect(page.getByLabel('Richting voor Gezondheid')).toHaveValue('1');
});

test('an item nothing depends on is deleted at once, without a question', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByLabel('Titel van de nieuwe beoordeling').fill('Verwijderen zonder gevolgen');
  await page.getByRole('button', { name: 'Nieuwe beoordeling' }).click();
  await goTo(page, steps.options);
  await page.getByRole('button', { name: 'Optie toevoegen' }).click();
  await page.getByRole('button', { name: 'Optie "Nieuwe optie" verwijderen' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByLabel('Naam van optie 3')).toHaveCount(0);
});

test('keyboard only: an adjustment linked to several indicators and an effect, with Tab and Space', async ({ page, app }) => {
  test.setTimeout(120_000);
  await openApp(page, app);
  await page.getByRole('button', { name: 'Voorbeeld openen' }).click();
  const nav = page.getByRole('navigation', { name: 'Stappen' });
  await nav.getByRole('button', { name: new RegExp(`^${steps.adjustments} \\(`) }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(steps.adjustments);
  await page.getByRole('button', { name: 'Besluit tot bijstelling toevoegen' }).focus();
  await page.keyboard.press('Enter');
  // The new adjustment is the third; its decision field has the focus.
  await expect(page.getByLabel('Besluit (Bijstelling 3)')).toBeFocused();
  await page.keyboard.type('Raad kiest voor extra meetpunten luchtkwaliteit.');
  for (const name of [
    'Stikstofdioxide in de buitenlucht (NO₂) (Bijstelling 3)',
    'Vrachtwagenbewegingen op de wijkontsluitingsweg (Bijstelling 3)',
  ]) {
    await tabTo(page, name);
    await page.keyboard.press('Space');
    await expect(page.getByRole('checkbox', { name })).toBeChecked();
  }
  await tabTo(page, 'Milieu, effect 1 (Medtech-logistiek campus met opleidingstraject) (Bijstelling 3)');
  await page.keyboard.press('Space');
  const indicators = page.getByRole('group', { name: /Betrokken indicatoren.*Bijstelling 3/ });
  await expect(indicators).toContainText('2 gekozen');
  await page.screenshot({ path: 'test-results/screens/a11y-adjustment-checkboxes.png', fullPage: true });

  // Saved: the document in the workspace holds both indicators and the effect.
  await expect
    .poll(async () => {
      const file = (await readdir(app.workspaceDir)).find((f) => f.endsWith('.impactwijzer.json'));
      if (!file) return null;
      const doc = JSON.parse(await readFile(join(app.workspaceDir, file), 'utf8'));
      const last = doc.implementation.adjustments.at(-1);
      return last ? { indicators: last.indicatorIds.length, effects: last.effectIds.length } : null;
    })
    .toEqual({ indicators: 2, effects: 1 });
});
