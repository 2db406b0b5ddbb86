/**
 * A settings file that is not JSON no longer stops the app: it is set aside, the defaults are
 * used, and the start screen says so once.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, openApp, test } from './fixtures';

const CORRUPT = '{"language": "en", kapot';

test.use({
  prepareWorkspace: {
    prepare: async (dir) => {
      // The bridge keeps its settings in the workspace's own folder unless told otherwise.
      await mkdir(join(dir, '.impactwijzer'));
      await writeFile(join(dir, '.impactwijzer', 'settings.json'), CORRUPT);
    },
  },
});

test('a corrupt settings file: the app starts in Dutch with defaults, and says so once', async ({ page, app }) => {
  await openApp(page, app);
  await expect(page.getByRole('heading', { level: 1, name: 'Uw beoordelingen' })).toBeVisible();
  const notice = page.getByRole('region', { name: 'Instellingen hersteld' });
  await expect(notice).toContainText('Uw instellingen konden niet worden gelezen.');
  const own = join(app.workspaceDir, '.impactwijzer');
  const aside = (await readdir(own)).find((f) => f.startsWith('settings.json.onleesbaar-'))!;
  await expect(notice).toContainText(aside);
  expect(await readFile(join(own, aside), 'utf8')).toBe(CORRUPT);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.screenshot({ path: 'test-results/screens/settings-notice.png', fullPage: true });

  await notice.getByRole('button', { name: 'Melding sluiten' }).focus();
  await page.keyboard.press('Enter');
  await expect(notice).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Uw beoordelingen' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Instellingen hersteld' })).toHaveCount(0);
});
