import { messages } from '../../shared/i18n';
import { expect, openApp, test } from './fixtures';

test('the signals chart names its dashed lines in the chart and in its text alternative', async ({ page, app }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, app);
  await page.getByRole('button', { name: 'Voorbeeld openen' }).click();
  await page
    .getByRole('navigation', { name: 'Stappen' })
    .getByRole('button', { name: new RegExp(`^${messages.nl.steps.signals} \\(`) })
    .click();
  const row = page.getByRole('row', { name: /Vrachtwagenbewegingen op de wijkontsluitingsweg/ });
  const chart = row.getByRole('img');
  await expect(chart).toHaveAccessibleName(/Stippellijnen: nulmeting 180 \(2023\), streefwaarde 150 \(2028\)\.$/);
  await expect(chart.locator('text')).toHaveText(['nulmeting', 'streefwaarde']);
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/signals-chart-lines.png' });
});
