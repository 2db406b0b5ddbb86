/**
 * A file opened from the system, in browser mode: `npm run web -- --workspace DIR FILE` (and
 * `npm start -- FILE`) opens FILE where it is, as the desktop app does for a double-clicked file.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, startBridge, test } from './fixtures';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];

test('a file opened from the command line is edited where it is; "Kopie in werkmap" is an explicit choice', async ({ page }) => {
  const root = await mkdtemp(join(tmpdir(), 'iw-e2e-opened-'));
  const workspaceDir = join(root, 'werkmap');
  const desk = join(root, 'Bureaublad');
  await mkdir(desk);
  const file = join(desk, 'heerlen.impactwijzer');
  await writeFile(file, await readFile('assets/examples/medtech-heerlen.json'));
  const { child, url } = await startBridge(workspaceDir, 0, [file]);
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(url);
    const title = page.getByLabel('Titel', { exact: true });
    await expect(title).toHaveValue('Voorbeeld: Medtech-logistiek Heerlen');
    const toolbar = page.getByRole('toolbar');
    await expect(toolbar).toContainText(`Geopend vanaf ${file}. Wijzigingen worden in dit bestand zelf opgeslagen.`);

    // An edit lands in the file itself, not in the workspace.
    await title.fill('Medtech Heerlen (eigen bestand)');
    await expect(toolbar.getByRole('status')).toHaveText('Opgeslagen');
    await expect.poll(async () => JSON.parse(await readFile(file, 'utf8')).context.title).toBe('Medtech Heerlen (eigen bestand)');
    expect((await readdir(workspaceDir)).filter((n) => n.endsWith('.json'))).toEqual([]);
    expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations).toEqual([]);
    await page.screenshot({ path: 'test-results/screens/opened-file-document.png' });

    // The list shows where it is, with the copy and "off the list" instead of delete.
    await page.getByRole('button', { name: 'Terug naar het overzicht' }).click();
    const row = page.getByRole('row', { name: /Medtech Heerlen \(eigen bestand\)/ });
    await expect(row).toContainText(`Opgeslagen in ${file}`);
    await expect(
      row.getByRole('button', { name: 'Medtech Heerlen (eigen bestand) uit de lijst halen (het bestand blijft staan)' }),
    ).toBeVisible();
    expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations).toEqual([]);
    await page.screenshot({ path: 'test-results/screens/opened-file-list.png', fullPage: true });

    // Continue in a copy in the workspace: the original stays as it is.
    await row.getByRole('button', { name: 'Medtech Heerlen (eigen bestand) openen' }).click();
    const before = await readFile(file, 'utf8');
    await page.getByRole('button', { name: 'Kopie van Medtech Heerlen (eigen bestand) in de werkmap zetten' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Er staat nu een kopie in de werkmap' })).toBeVisible();
    await expect(title).toHaveValue('Medtech Heerlen (eigen bestand) (kopie)');
    await expect(page.getByRole('toolbar')).not.toContainText('Geopend vanaf');
    await title.fill('Kopie in de werkmap');
    await expect(page.getByRole('toolbar').getByRole('status')).toHaveText('Opgeslagen');
    expect(await readFile(file, 'utf8')).toBe(before);
    expect((await readdir(workspaceDir)).filter((n) => n.endsWith('.impactwijzer.json'))).toHaveLength(1);
  } finally {
    child.kill('SIGINT');
    await new Promise((r) => child.once('exit', r));
    await rm(root, { recursive: true, force: true });
  }
});

test('a file that is no assessment is refused with a clear message, and the app starts all the same', async ({ page }) => {
  const root = await mkdtemp(join(tmpdir(), 'iw-e2e-opened-'));
  const notes = join(root, 'boodschappen.json');
  await writeFile(notes, '["melk", "brood"]');
  const { child, url, output } = await startBridge(join(root, 'werkmap'), 0, [notes]);
  try {
    expect(url).not.toContain('#');
    expect(output()).toContain(`Impactwijzer kon ${notes} niet openen.`);
    expect(output()).toContain('Het bestand is geen Impactwijzer-beoordeling.');
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1, name: 'Uw beoordelingen' })).toBeVisible();
  } finally {
    child.kill('SIGINT');
    await new Promise((r) => child.once('exit', r));
    await rm(root, { recursive: true, force: true });
  }
});
