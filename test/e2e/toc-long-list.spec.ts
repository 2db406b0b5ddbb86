/**
 * The theory of change with a long list of indicators (issue 17), in Chromium over the bridge: an
 * outcome's 60 indicators show as the ticked one plus a search field over the rest ("21 van 60
 * getoond", a polite status); an indicator found by typing is ticked by keyboard alone (Tab, Space)
 * and reaches the file; the step passes axe (nl and en words). Screenshot in test-results/screens.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { Indicator, type AssessmentDocument } from '../../shared/model/document';
import { completeDocument } from '../shared/analysis/build';
import { expect, openApp, test } from './fixtures';

const indicator = (n: number): Indicator =>
  Indicator.parse({
    id: `ind-${n}`,
    name: `Meetpunt ${String(n).padStart(2, '0')}`,
    theme: 'welzijn',
    goodDirection: 'up',
    kind: 'objective',
  });

function longList(): AssessmentDocument {
  const d = completeDocument();
  d.id = 'lange-lijst';
  d.context.title = 'Lange lijst';
  d.preparation.indicators = Array.from({ length: 60 }, (_, i) => indicator(i + 1));
  d.preparation.theoryOfChange = {
    activities: [],
    outputs: [],
    outcomes: [{ id: 'uit1', text: 'Meer inwoners aan het werk', assumption: '', indicatorIds: ['ind-60'] }],
    impacts: [],
  };
  return d;
}

test('a long list of indicators: search, tick by keyboard, saved; axe-clean', async ({ page, app }) => {
  const doc = longList();
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page, app);
  const buffer = Buffer.from(JSON.stringify(doc));
  await page.getByLabel('Beoordeling importeren (JSON-bestand)').setInputFiles({ name: 'lang.json', mimeType: 'application/json', buffer });
  await page.getByRole('button', { name: `${doc.context.title} openen` }).click();
  await page
    .getByRole('navigation', { name: 'Stappen' })
    .getByRole('button', { name: /^Veranderingstheorie \(/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Veranderingstheorie');

  // The lists are in a fold (issue 17), opened from the keyboard.
  await page.getByText(/^Indicatoren, ervaren uitkomsten en effecten bij Uitkomsten \(outcome\) 1/).focus();
  await page.keyboard.press('Enter');
  const group = page.getByRole('group', { name: 'Uitkomsten (outcome) 1: indicatoren die dit laten zien' });
  await expect(group.getByRole('checkbox')).toHaveCount(21);
  await expect(group.getByRole('checkbox', { name: /^Meetpunt 60/ })).toBeChecked();
  await expect(group.getByRole('status')).toHaveText('21 van 60 getoond');
  await expect(group.getByRole('status')).toHaveAttribute('aria-live', 'polite');
  await expect(group.getByRole('checkbox', { name: /^Meetpunt 42/ })).toHaveCount(0);
  const axe = async (where: string) => {
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(result.violations.map((v) => `${where}: ${v.id} ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([]);
  };
  await axe('theory, long list');

  // Keyboard alone: into the search field, type, Tab past the ticked one to the match, Space.
  await group.getByRole('searchbox', { name: /^Zoeken in: Uitkomsten \(outcome\) 1: indicatoren/ }).focus();
  await page.keyboard.type('meetpunt 42');
  await expect(group.getByRole('status')).toHaveText('1 van 1 getoond');
  await page.keyboard.press('Tab');
  await expect(group.getByRole('checkbox', { name: /^Meetpunt 42/ })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(group.getByRole('checkbox', { name: /^Meetpunt 42/ })).toBeChecked();
  await expect(group.getByRole('status')).toHaveText('1 van 1 getoond');
  const file = join(app.workspaceDir, 'lange-lijst.impactwijzer.json');
  await expect
    .poll(async () => (JSON.parse(await readFile(file, 'utf8')) as AssessmentDocument).preparation.theoryOfChange.outcomes[0]!.indicatorIds)
    .toEqual(['ind-60', 'ind-42']);
  await page.screenshot({ path: 'test-results/screens/toc-long-list.png', fullPage: true });
  await group.screenshot({ path: 'test-results/screens/toc-long-list-group.png' });
  await page.getByRole('navigation', { name: 'Bladeren door de punten die nog ontbreken' }).screenshot({
    path: 'test-results/screens/findings-pager.png',
  });

  // The same words in English.
  await page.locator('#language-select').selectOption('en');
  const en = page.getByRole('group', { name: 'Outcomes 1: indicators that would show it' });
  await expect(en.getByRole('status')).toHaveText('1 of 1 shown');
  await expect(en.getByRole('searchbox', { name: /^Search in: Outcomes 1: indicators/ })).toHaveValue('meetpunt 42');
  await axe('theory, long list, en');
});
