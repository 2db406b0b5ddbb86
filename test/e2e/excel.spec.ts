import ExcelJS from 'exceljs';
import { expect, openApp, test } from './fixtures';
import { axe } from './sample';

/** A measurements file as Dutch Excel writes it: a date cell, texts with a decimal comma, a cell with a line break and a semicolon. */
async function dutchWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Metingen');
  ws.addRow(['Indicator', 'Datum', 'Waarde', 'Bron', 'Toelichting']);
  ws.addRow(['Tevredenheid met het leven', new Date(Date.UTC(2028, 5, 30)), '7,65', 'CBS', 'tussenmeting\nwijkpanel; 120 deelnemers']);
  ws.getCell('B2').numFmt = 'dd-mm-yyyy';
  ws.addRow(['Tevredenheid met het leven', '31-12-2027', 7.5, 'CBS', '']);
  ws.addRow(['Geluk', '31-02-2028', 'veel', '', '']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('measurements from an .xlsx file: the same preview with per-row errors and duplicates; the data exports as .xlsx', async ({
  page,
  app,
}, testInfo) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page, app);
  await page.getByRole('button', { name: 'Voorbeeld openen' }).click();
  await page
    .getByRole('navigation', { name: 'Stappen' })
    .getByRole('button', { name: /^Metingen \(/ })
    .click();

  await page.getByLabel('Bestand kiezen (.xlsx, .csv)').setInputFiles({
    name: 'metingen.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await dutchWorkbook(),
  });
  await expect(page.getByRole('heading', { name: 'Voorbeeld: 2 goede rijen, 1 met fouten' })).toBeVisible();
  await expect(page.getByText('Gelezen uit metingen.xlsx.')).toBeVisible();
  await expect(page.getByRole('row', { name: /^2 Tevredenheid met het leven 2028-06-30 7,65/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /^3 Tevredenheid met het leven 2027-12-31/ })).toContainText('staat al in de metingen');
  await expect(page.getByRole('row', { name: /^4 Geluk/ })).toContainText(
    'onbekende indicator "Geluk"; ongeldige datum "31-02-2028" (gebruik bijvoorbeeld 31-12-2025); ongeldige waarde "veel"',
  );
  await axe(page, 'voorbeeld uit xlsx');
  await page.screenshot({ path: 'test-results/screens/excel-import-preview.png', fullPage: true });
  await page.getByRole('button', { name: '1 goede rij toevoegen' }).click();
  await expect(page.getByText('1 rij toegevoegd, 0 vervangen, 1 overgeslagen.').first()).toBeAttached();

  // A file that is no spreadsheet says so; nothing changes, and a keyboard user stays on the file field.
  await page.getByLabel('Bestand kiezen (.xlsx, .csv)').focus();
  await page.getByLabel('Bestand kiezen (.xlsx, .csv)').setInputFiles({
    name: 'kapot.xlsx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64)]),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'kapot.xlsx' })).toHaveText(
    'Het bestand kapot.xlsx kan niet worden gelezen als Excel- of CSV-bestand.',
  );
  await expect(page.getByLabel('Bestand kiezen (.xlsx, .csv)')).toBeFocused();

  // The data export: Excel (.xlsx) in the same dialog as CSV.
  await page.getByRole('button', { name: 'Exporteren als CSV of Excel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Gegevens exporteren als CSV of Excel' });
  await dialog.getByRole('radio', { name: /^Excel \(\.xlsx\)/ }).check();
  await axe(page, 'exportdialoog met Excel');
  await page.screenshot({ path: 'test-results/screens/excel-export-dialog.png' });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Exporteren' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('voorbeeld-medtech-logistiek-heerlen-gegevens-nl.xlsx');
  const path = testInfo.outputPath('gegevens.xlsx');
  await file.saveAs(path);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Indicatoren', 'Metingen', 'Effecten', 'Opties', 'Bevindingen']);
  const note = wb
    .getWorksheet('Metingen')!
    .getColumn(5)
    .values.find((v) => typeof v === 'string' && v.startsWith('tussenmeting'));
  expect(note).toBe('tussenmeting\nwijkpanel; 120 deelnemers');
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
});
