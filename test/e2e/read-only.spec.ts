/**
 * A read-only workspace (a tmpfs remounted read-only; chmod does not stop root): the list and the
 * document open, the start screen says "alleen-lezen" and shows the way on, a save answers
 * read-only, and the files stay as they were.
 */
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { translate } from '../../shared/i18n';
import { newDocument } from '../../shared/model/document';
import { expect, openApp, test } from './fixtures';

/** Mounts a tmpfs over the workspace, fills it, and remounts it read-only; null, or why it cannot be done here. */
async function readOnlyMount(dir: string, fill: () => Promise<void>): Promise<string | null> {
  if (process.platform !== 'linux') return 'a tmpfs can only be mounted on Linux';
  if (process.getuid?.() !== 0) return 'mounting a tmpfs needs root';
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', dir], { stdio: 'pipe' });
  } catch (err) {
    return `mount failed: ${(err as Error).message.split('\n')[0]}`;
  }
  await fill();
  execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'pipe' });
  return null;
}

test('a read-only workspace lists and opens, says "alleen-lezen", and a save is refused as read-only', async ({ page, app }) => {
  const document = JSON.stringify(newDocument('alleen-lezen', 'Vastgelegd beleid', '2026-03-01T09:00:00.000Z'));
  const foreign = '{ "thema": "donker" }';
  const reason = await readOnlyMount(app.workspaceDir, async () => {
    await writeFile(join(app.workspaceDir, 'alleen-lezen.impactwijzer.json'), document);
    await writeFile(join(app.workspaceDir, 'Mijn instellingen.json'), foreign);
    execFileSync('mkfifo', [join(app.workspaceDir, 'pijp.impactwijzer.json')]);
  });
  if (reason) {
    console.log(`Skipped the read-only case: ${reason}`);
    test.skip(true, reason);
    return;
  }
  try {
    await openApp(page, app);
    const notice = page.getByRole('region', { name: 'Werkmap is alleen-lezen' });
    await expect(notice).toContainText('Exporteren (JSON)');
    await expect(page.getByRole('row', { name: /Vastgelegd beleid/ })).toBeVisible();
    // The settings lived in the folder that became read-only under the running bridge: no call may fail for that.
    await expect(page.getByText(translate('nl', 'errors.internal'), { exact: false })).toHaveCount(0);
    await page.getByText('Niet herkend (2)').click();
    const skipped = page.getByRole('group').filter({ hasText: 'Niet herkend (2)' });
    await expect(skipped).toContainText(`Mijn instellingen.json: ${translate('nl', 'errors.not-recognised')}`);
    await expect(skipped).toContainText(`pijp.impactwijzer.json: ${translate('nl', 'errors.special-file')}`);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await page.screenshot({ path: 'test-results/screens/read-only.png', fullPage: true });

    await page.getByRole('button', { name: 'Vastgelegd beleid openen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Context');
    await page.getByLabel('Organisatie', { exact: true }).fill('Gemeente Voorbeeld');
    await expect(page.getByRole('toolbar')).toContainText(translate('nl', 'errors.read-only'), { timeout: 15_000 });
    await expect(page.getByLabel('Organisatie', { exact: true })).toHaveValue('Gemeente Voorbeeld');
    expect(await readFile(join(app.workspaceDir, 'alleen-lezen.impactwijzer.json'), 'utf8')).toBe(document);
    expect(await readFile(join(app.workspaceDir, 'Mijn instellingen.json'), 'utf8')).toBe(foreign);
  } finally {
    execFileSync('umount', ['-l', app.workspaceDir]);
  }
});
