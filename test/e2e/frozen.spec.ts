import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { axe, sampleInPreparation, step } from './sample';

/** Exports the report as frozen from the app and returns its text (pdftotext); keeps the PDF. */
async function exportAsFrozen(page: Page, testInfo: TestInfo, name: string): Promise<string> {
  await page.getByRole('button', { name: 'Exporteren als PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rapport exporteren als PDF' });
  await dialog.getByRole('radio', { name: 'Rapport zoals vastgelegd (voorbereiding, met kenmerk)' }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Exporteren' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('vastgelegd-heerlen-zoals-vastgelegd-nl.pdf');
  const path = testInfo.outputPath(`${name}.pdf`);
  await file.saveAs(path);
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

const withoutPrintDate = (text: string) => text.replace(/\nDatum\n+\d{1,2} \w+ \d{4}\n/, '\nDatum\n<afdrukdatum>\n');

test('what was frozen stays frozen: a past decision date, read-only targets, Bijstellen, the report as it stood', async ({
  page,
  app,
}, testInfo) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page, app);
  await page.getByLabel('Beoordeling importeren (JSON-bestand)').setInputFiles({
    name: 'vastgelegd.json',
    mimeType: 'application/json',
    buffer: await sampleInPreparation('vastgelegd-heerlen', 'Vastgelegd Heerlen'),
  });
  await page.getByRole('button', { name: 'Vastgelegd Heerlen openen' }).click();

  // Export "as frozen" is offered only after the freeze.
  await page.getByRole('button', { name: 'Exporteren als PDF' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Rapport exporteren als PDF' });
  await expect(exportDialog.getByRole('radio', { name: /Rapport zoals vastgelegd/ })).toBeDisabled();
  await expect(exportDialog).toContainText('Nog niet beschikbaar: de verwachtingen zijn nog niet vastgelegd.');
  await axe(page, 'exportdialoog');
  await exportDialog.getByRole('button', { name: 'Sluiten' }).click();

  // Freeze with the decision date of 2012 and the decision it rests on.
  await step(page, 'Overzicht en afweging');
  await page.getByRole('button', { name: 'Verwachtingen vastleggen en naar de uitvoering' }).click();
  const gate = page.getByRole('dialog', { name: 'Naar de volgende fase?' });
  await gate.getByLabel('Vastgelegd door (uw naam)').fill('R. Griffier');
  await gate.getByLabel('Vastgelegd per (datum van het besluit)').fill('2099-01-01');
  await gate.getByRole('button', { name: 'Ja, ga verder' }).click();
  await expect(gate.getByRole('alert')).toHaveText('Vul een geldige datum in (niet na vandaag).');
  await gate.getByLabel('Vastgelegd per (datum van het besluit)').fill('2012-03-12');
  await gate.getByLabel('Besluit waarop de vastlegging berust').fill('raadsbesluit 12 maart 2012, nr. 2012/041');
  await axe(page, 'vastleggen');
  await gate.getByRole('button', { name: 'Ja, ga verder' }).click();
  await expect(gate).toBeHidden();

  // The indicators step says when, by whom, on what decision, with the reference; the target is read-only.
  await step(page, 'Indicatoren');
  const note = page.locator('.frozen-note');
  await expect(note).toContainText('Verwachtingen vastgelegd op 12 maart 2012 door R. Griffier.');
  await expect(note).toContainText('Besluit: raadsbesluit 12 maart 2012, nr. 2012/041.');
  await expect(note).toContainText(/Kenmerk: [0-9a-f]{12}\./);
  const reference = /Kenmerk: ([0-9a-f]{12})\./.exec((await note.textContent()) ?? '')![1]!;
  await page
    .getByRole('region', { name: /Gekozen indicatoren/ })
    .getByText('Netto arbeidsparticipatie', { exact: true })
    .click();
  const target = page.getByLabel('Streefwaarde (Netto arbeidsparticipatie)', { exact: true });
  await expect(target).toHaveAttribute('readonly', '');
  await expect(target).toHaveValue('64,5');
  await target.focus();
  await page.keyboard.press('End');
  await page.keyboard.type('99');
  await expect(target).toHaveValue('64,5');
  await expect(page.getByRole('button', { name: 'Netto arbeidsparticipatie verwijderen' })).toHaveCount(0);

  // The report as frozen, right after the freeze.
  const first = await exportAsFrozen(page, testInfo, 'zoals-vastgelegd-1');
  expect(first).toContain('Rapport zoals vastgelegd (voorbereiding, ex ante)');
  expect(first).toContain(`Vastgelegd op 12 maart 2012 door R. Griffier, kenmerk ${reference}`);
  expect(first).toContain('Voorbereiding (ex ante)');
  expect(first).not.toContain('Uitvoering (monitoring)');

  // A measurement later ...
  await step(page, 'Metingen');
  await page.getByLabel('Datum van het meetmoment').fill('2013-12-31');
  await page.getByLabel('Bron', { exact: true }).fill('CBS');
  await page.getByLabel('Nieuwe waarde voor Netto arbeidsparticipatie').fill('63');
  await page.getByRole('button', { name: 'Metingen toevoegen' }).click();
  await expect(page.getByText('1 meting toegevoegd.')).toBeVisible();

  // ... and an adjustment: only through Bijstellen, with a decision, a date and a reason.
  await step(page, 'Indicatoren');
  await page
    .getByRole('region', { name: /Gekozen indicatoren/ })
    .getByText('Netto arbeidsparticipatie', { exact: true })
    .click();
  const adjust = page.getByRole('button', { name: 'Bijstellen: Streefwaarde (Netto arbeidsparticipatie)' });
  await adjust.click();
  const dialog = page.getByRole('dialog', { name: 'Verwachting bijstellen' });
  await expect(dialog.getByLabel('Nieuwe waarde')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await adjust.click();
  await expect(dialog).toContainText('Vastgelegde waarde');
  await dialog.getByLabel('Nieuwe waarde').fill('65');
  await dialog.getByRole('button', { name: 'Bijstelling vastleggen' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Noem het besluit waarop de bijstelling berust.');
  await dialog.getByLabel('Besluit (met kenmerk)').fill('collegebesluit 3 mei 2016, nr. 2016/118');
  await dialog.getByLabel('Datum van het besluit').fill('2016-05-03');
  await dialog.getByLabel('Reden van de bijstelling').fill('De arbeidsmarkt trok sneller aan dan verwacht.');
  await axe(page, 'bijstellen');
  await dialog.getByRole('button', { name: 'Bijstelling vastleggen' }).click();
  await expect(dialog).toBeHidden();
  await expect(target).toHaveValue('65');
  const adjusted = 'oorspronkelijk 64,5 % van personen 15–75 jaar → bijgesteld 65 % van personen 15–75 jaar (besluit 3 mei 2016)';
  await expect(page.getByRole('region', { name: /Gekozen indicatoren/ })).toContainText(adjusted);
  await axe(page, 'indicatoren na bijstelling');
  mkdirSync('test-results/screens', { recursive: true });
  await page.screenshot({ path: 'test-results/screens/frozen-indicators.png', fullPage: true });

  // The adjustment is in the decision log, structured; no unexplained change is left.
  await step(page, 'Bijsturing');
  await expect(page.getByText('Gewijzigde verwachtingen zonder besluit')).toHaveCount(0);
  await expect(page.getByText(/collegebesluit 3 mei 2016/).first()).toBeVisible();

  // The report as frozen again: the same text, except the print date.
  const second = await exportAsFrozen(page, testInfo, 'zoals-vastgelegd-2');
  expect(withoutPrintDate(second)).toBe(withoutPrintDate(first));
  expect(second).not.toContain('65 %');

  // One page of it, to look at.
  mkdirSync('test-results/pdf', { recursive: true });
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    testInfo.outputPath('zoals-vastgelegd-2.pdf'),
    'test-results/pdf/zoals-vastgelegd',
  ]);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '5',
    '-l',
    '5',
    testInfo.outputPath('zoals-vastgelegd-2.pdf'),
    'test-results/pdf/zoals-vastgelegd',
  ]);
});
