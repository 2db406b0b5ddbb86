import AxeBuilder from '@axe-core/playwright';
import { STEP_LIST, stepsOf } from '../../shared/steps/list';
import { messages } from '../../shared/i18n';
import { expect, openApp, test } from './fixtures';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];
const allSteps = STEP_LIST.map((s) => s.id);

for (const lang of ['nl', 'en'] as const) {
  test(`every step of the example passes axe and has one h1 (${lang}); screenshots kept`, async ({ page, app }) => {
    // Every step, every folded section open: the frozen sample's preparation steps show each field with "Bijstellen".
    test.setTimeout(360_000);
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
      await page
        .locator('details:not([open]) > summary')
        .evaluateAll((els) => els.forEach((el) => ((el.parentElement as HTMLDetailsElement).open = true)));
      const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(result.violations.map((v) => `${step}: ${v.id} ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([]);
      await page.screenshot({ path: `test-results/screens/step-${lang}-${step}.png`, fullPage: lang === 'nl' });
    }
  });
}

test('usable at 200% zoom: at 640×400 CSS pixels no preparation step scrolls sideways', async ({ page, app }) => {
  test.setTimeout(60_000);
  // 1280×800 at 200% zoom is a 640×400 CSS-pixel viewport.
  await page.setViewportSize({ width: 640, height: 400 });
  await openApp(page, app);
  await page.getByRole('button', { name: 'Voorbeeld openen' }).click();
  const nav = page.getByRole('navigation', { name: 'Stappen' });
  for (const step of stepsOf('preparation').map((s) => s.id)) {
    const title = messages.nl.steps[step];
    await nav.getByRole('button', { name: new RegExp(`^${title} \\(`) }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, step).toBeLessThanOrEqual(0);
    if (step === 'effects' || step === 'indicators') await page.screenshot({ path: `test-results/screens/zoom200-${step}.png` });
  }
});
