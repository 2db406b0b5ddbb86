import AxeBuilder from '@axe-core/playwright';
import { messages } from '../../shared/i18n';
import { expect, openApp, test } from './fixtures';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];

for (const lang of ['nl', 'en'] as const) {
  test(`the catalogue view filters by publisher, group and check, cites each source and passes axe (${lang})`, async ({ page, app }) => {
    test.setTimeout(90_000);
    const m = messages[lang];
    await page.setViewportSize({ width: 1280, height: 900 });
    await openApp(page, app);
    if (lang === 'en') await page.getByLabel('Taal').selectOption('en');
    await page.getByRole('button', { name: lang === 'nl' ? 'Voorbeeld openen' : 'Open example' }).click();
    const nav = page.getByRole('navigation', { name: lang === 'nl' ? 'Stappen' : 'Steps' });
    await nav.getByRole('button', { name: new RegExp(`^${m.steps.indicators} \\(`) }).click();
    const view = page.getByRole('region', { name: m.fields.catalogue });
    const results = view.locator('.catalogue-results > li');

    // Publisher UWV, then only the entries broken down by sex: both UWV entries, no CBS credit.
    await view.getByLabel(m.catalogue.filterPublisher).selectOption('uwv');
    await expect(results).toHaveCount(2);
    await view.getByLabel(m.catalogue.filterGroup).selectOption('sex');
    await expect(results).toHaveCount(2);
    await expect(results.first()).toContainText(
      lang === 'nl' ? 'Bron: UWV: WW-uitkeringen per gemeente, UWV Data (2024)' : 'Source: UWV (Employee Insurance Agency): WW benefits',
    );
    await expect(view.getByText(/Bron: CBS|Source: CBS/)).toHaveCount(0);

    // A CBS entry cites its StatLine table and credits CBS in the UI language.
    await view.getByLabel(m.catalogue.filterPublisher).selectOption('');
    await view.getByLabel(m.catalogue.filterGroup).selectOption('');
    await view.getByLabel(m.fields.search).fill('85146NED');
    await expect(results.first()).toContainText('StatLine 85146NED');
    await expect(results.first()).toContainText(lang === 'nl' ? 'Bron: CBS' : 'Source: CBS');

    // Only unverified entries: each says so, and what is unsure.
    await view.getByLabel(m.fields.search).fill('');
    await view.getByLabel(m.catalogue.filterVerified).selectOption('no');
    await expect(results.first().locator('.badge.warn')).toHaveText(m.catalogue.unverified);
    await expect(results.first().locator('.unverified')).toContainText(m.catalogue.unverifiedWhat.split(':')[0]!);
    await view.getByLabel(m.fields.filterDimension).selectOption('elders');
    await view.getByLabel(m.fields.filterKind).selectOption('objective');
    const count = await results.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) await expect(results.nth(i).locator('.badge.warn')).toBeVisible();

    await view.getByLabel(m.catalogue.filterVerified).selectOption('');
    await view.getByLabel(m.fields.filterDimension).selectOption('');
    await view.getByLabel(m.fields.filterKind).selectOption('');
    await view.getByLabel(m.fields.filterScale).selectOption('wijk');
    // More about the source: population, scales, lag and breakdown, on request (keyboard too).
    const more = results.first().getByRole('button', { name: m.catalogue.more });
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    await expect(results.first()).toContainText(`${m.catalogue.lag}: `);
    await expect(results.first()).toContainText(`${m.catalogue.groups}: `);
    await view.scrollIntoViewIfNeeded();
    const axe = await new AxeBuilder({ page }).include('.catalogue').withTags(AXE_TAGS).analyze();
    expect(axe.violations.map((v) => `${v.id} ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([]);
    await view.screenshot({ path: `test-results/screens/catalogue-${lang}.png` });

    // Keyboard alone: from the search field, Tab reaches every filter and then an add button.
    await view.getByLabel(m.fields.search).focus();
    for (const id of ['cat-theme', 'cat-dimension', 'cat-scale', 'cat-kind', 'cat-publisher', 'cat-group', 'cat-verified']) {
      await page.keyboard.press('Tab');
      await expect(page.locator(`#${id}`)).toBeFocused();
    }
  });
}
