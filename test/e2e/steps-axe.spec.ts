import AxeBuilder from '@axe-core/playwright';
import { STEPS } from '../../shared/analysis/steps';
import { messages } from '../../shared/i18n';
import { expect, openApp, test } from './fixtures';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];
const allSteps = Object.values(STEPS).flat();

for (const lang of ['nl', 'en'] as const) {
  test(`every step of the example passes axe and has one h1 (${lang}); screenshots kept`, async ({ page, app }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page, app);
    if (lang === 'en') await page.getByLabel('Taal').selectOption('en');
    await page.getByRole('button', { name: lang === 'nl' ? 'Voorbeeld openen' : 'Open example' }).click();
    const nav = page.getByRole('navigation', { name: lang === 'nl' ? 'Stappen' : 'Steps' });
    await expect(nav).toBeVisible();
    for (const step of allSteps) {
      const title = messages[lang].steps[step as keyof (typeof messages)['nl']['steps']];
      await nav.getByRole('button', { name: new RegExp(`^${title.replace(/[()]/g, '\\$&')} \\(`) }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page.locator('h1')).toHaveCount(1);
      // Open every folded section so axe sees all fields.
      await page.locator('details:not([open]) > summary').evaluateAll((els) => els.forEach((el) => (el.parentElement as HTMLDetailsElement).open = true));
      const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(result.violations.map((v) => `${step}: ${v.id} ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([]);
      await page.screenshot({ path: `test-results/screens/step-${lang}-${step}.png`, fullPage: lang === 'nl' });
    }
  });
}
