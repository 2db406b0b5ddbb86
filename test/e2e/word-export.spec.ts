import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { paragraphs, unzip } from '../shared/report/docx-tools';
import { expect, openApp, test } from './fixtures';

test('export the sample as Word and as the paragraph for the council proposal, from the app, and read the files back', async ({
  page,
  app,
}, testInfo) => {
  test.setTimeout(120_000);
  await openApp(page, app);
  await page.getByRole('button', { name: 'Voorbeeld openen' }).click();
  await page.getByRole('button', { name: 'Exporteren als Word' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rapport exporteren als Word' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'Word (.docx)' })).toBeChecked();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('word-dialog.png') });

  // The whole report, in Dutch: every chapter heading in Word's heading styles, tables as Word tables.
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Exporteren' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('voorbeeld-medtech-logistiek-heerlen-rapport-nl.docx');
  await expect(dialog.getByRole('status')).toHaveText('"voorbeeld-medtech-logistiek-heerlen-rapport-nl.docx" staat in uw downloads.');
  const path = testInfo.outputPath('rapport-nl.docx');
  await file.saveAs(path);
  const xml = unzip(await readFile(path))
    .get('word/document.xml')!
    .toString('utf8');
  const headings = paragraphs(xml)
    .filter((p) => p.style === 'Heading1')
    .map((p) => p.text);
  expect(headings).toEqual([
    'Samenvatting: de effectenkaart',
    'Voorbereiding (ex ante)',
    'Uitvoering (monitoring)',
    'Evaluatie (ex post)',
    'Beperkingen',
    'Bijlage',
  ]);
  expect(xml.match(/<w:tbl>/g)!.length).toBeGreaterThan(10);

  // The paragraph for the council proposal, in English, by keyboard: the report choice does not apply to it.
  await dialog.getByRole('radio', { name: 'Paragraaf voor het raadsvoorstel (Word)' }).check();
  await expect(dialog.getByRole('radio', { name: 'Ex-post evaluatie' })).toBeDisabled();
  await dialog.getByRole('radio', { name: 'English' }).check();
  const second = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Exporteren' }).focus();
  await page.keyboard.press('Enter');
  const rv = await second;
  expect(rv.suggestedFilename()).toBe('voorbeeld-medtech-logistiek-heerlen-council-proposal-en.docx');
  // The export is over (the dialog ignores Escape while it works) once its status names the file.
  await expect(dialog.getByRole('status')).toHaveText(
    '"voorbeeld-medtech-logistiek-heerlen-council-proposal-en.docx" staat in uw downloads.',
  );
  const rvPath = testInfo.outputPath('council-proposal-en.docx');
  await rv.saveAs(rvPath);
  const rvParagraphs = paragraphs(
    unzip(await readFile(rvPath))
      .get('word/document.xml')!
      .toString('utf8'),
  );
  expect(rvParagraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual([
    'Effect map: Medtech-logistiek campus met opleidingstraject relative to the zero option',
    'Main trade-offs',
    'Distribution: who gains and who loses',
    'Monitoring plan',
  ]);
  // Focus stays in the dialog (the button was disabled while the export ran), so the keyboard user goes on from there.
  await expect(dialog.getByRole('button', { name: 'Exporteren' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
