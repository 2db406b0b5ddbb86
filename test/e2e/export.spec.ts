import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, openApp, test } from './fixtures';

test('export the sample as PDF (off the UI thread, with progress) and as CSV, from the app', async ({ page, app }, testInfo) => {
  test.setTimeout(90_000);
  await openApp(page, app);
  await page.getByRole('button', { name: 'Voorbeeld openen' }).click();
  await page.getByRole('button', { name: 'Exporteren als PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rapport exporteren als PDF' });
  await expect(dialog).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await dialog.getByRole('radio', { name: 'Ex-post evaluatie' }).check();
  await dialog.getByRole('radio', { name: 'English' }).check();

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Exporteren' }).click();
  await expect(dialog.getByRole('progressbar')).toBeVisible();
  const file = await download;
  expect(file.suggestedFilename()).toBe('voorbeeld-medtech-logistiek-heerlen-evaluation-en.pdf');
  const pdfPath = testInfo.outputPath('export.pdf');
  await file.saveAs(pdfPath);
  await expect(dialog.getByRole('status')).toHaveText('"voorbeeld-medtech-logistiek-heerlen-evaluation-en.pdf" staat in uw downloads.');
  const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain('Ex-post evaluation');
  expect(text).toContain('Expected versus realised');
  expect(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })).toMatch(/Title:\s+Voorbeeld: Medtech-logistiek Heerlen/);
  expect(execFileSync('pdffonts', [pdfPath], { encoding: 'utf8' })).toMatch(/NotoSans\s+CID TrueType\s+Identity-H\s+yes/);
  // Issue 19, made in the app's worker: English hyphenation (lines end in a hyphen), the symbols' own font, the new column names.
  const layout = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(layout).toMatch(/\p{Ll}-\s*$/mu);
  expect(execFileSync('pdffonts', [pdfPath], { encoding: 'utf8' })).toContain('NotoSansSymbols2');
  expect(text.replace(/\s+/g, ' ')).toContain('Contribution confidence');
  await dialog.getByRole('button', { name: 'Sluiten' }).click();

  await page.getByRole('button', { name: 'Exporteren als CSV' }).click();
  const csvDialog = page.getByRole('dialog', { name: 'Gegevens exporteren als CSV of Excel' });
  const csvDownload = page.waitForEvent('download');
  await csvDialog.getByRole('button', { name: 'Exporteren' }).click();
  const csvFile = await csvDownload;
  expect(csvFile.suggestedFilename()).toBe('voorbeeld-medtech-logistiek-heerlen-indicatoren-nl.csv');
  const csvPath = testInfo.outputPath('export.csv');
  await csvFile.saveAs(csvPath);
  const csv = await readFile(csvPath, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain('ind-tevredenheid-leven;Tevredenheid met het leven;Welzijn;');
  expect(csv).toMatch(/;79,4;/);
});
