import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { axe, sampleInPreparation, step } from './sample';

const saved = (page: Page) => expect(page.getByRole('toolbar', { name: 'Beoordeling' }).getByRole('status')).toHaveText('Opgeslagen');

test('an evaluator takes the sample from preparation through monitoring to a finished evaluation', async ({ page, app }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, app);
  await page.getByLabel('Beoordeling importeren (JSON-bestand)').setInputFiles({
    name: 'cyclus.json',
    mimeType: 'application/json',
    buffer: await sampleInPreparation('cyclus-heerlen', 'Cyclus Heerlen'),
  });
  await page.getByRole('button', { name: 'Cyclus Heerlen openen' }).click();

  // Implementation steps explain the transition until the document gets there.
  await step(page, 'Metingen');
  await expect(page.getByText('Deze stap hoort bij de fase Uitvoering (monitoring).')).toBeVisible();
  await axe(page, 'fase nog niet bereikt');

  // Into implementation: the expectations are frozen with a name.
  await step(page, 'Overzicht en afweging');
  await page.getByRole('button', { name: 'Verwachtingen vastleggen en naar de uitvoering' }).click();
  const dialog = page.getByRole('dialog', { name: 'Naar de volgende fase?' });
  await dialog.getByLabel('Vastgelegd door (uw naam)').fill('E. Valuator');
  await axe(page, 'overgangsdialoog');
  await dialog.getByRole('button', { name: 'Ja, ga verder' }).click();
  await expect(page.getByRole('status').first()).toBeAttached();

  // Quick entry of one value changes the signal of that indicator.
  await step(page, 'Signalen');
  const trucks = page.getByRole('row', { name: /Vrachtwagenbewegingen op de wijkontsluitingsweg/ });
  await expect(trucks).toContainText('geen gegevens');
  await step(page, 'Metingen');
  await page.getByLabel('Datum van het meetmoment').fill('2025-12-31');
  await page.getByLabel('Bron', { exact: true }).fill('Verkeerstelling');
  await page.getByLabel('Nieuwe waarde voor Vrachtwagenbewegingen op de wijkontsluitingsweg').fill('160');
  await page.getByLabel('Nieuwe waarde voor Ervaren gezondheid').fill('veel');
  await page.getByRole('button', { name: 'Metingen toevoegen' }).click();
  await expect(page.getByText('Geen geldig getal', { exact: true })).toBeVisible();
  await step(page, 'Signalen');
  await expect(trucks).toContainText('op koers');

  // Paste 20 rows with decimal commas and one bad row: the good rows are added, the bad one stays.
  await step(page, 'Metingen');
  const names = [
    'Tevredenheid met het leven',
    'Huishoudens rond het sociaal minimum',
    'Ervaren gezondheid',
    'Netto arbeidsparticipatie',
    'Sociale samenhang in de buurt',
    'Rapportcijfer voor de veiligheid in de buurt',
    'Voortijdig schoolverlaters',
    'Uitstoot van broeikasgassen',
    'Vertrouwen in het gemeentebestuur',
    'Broeikasgasvoetafdruk in het buitenland',
  ];
  const rows = names.flatMap((name, i) => [`${name}\t31-12-2024\t${10 + i},5\tCBS`, `${name}\t31-12-2025\t${11 + i},25\tCBS`]);
  const pasted = ['Indicator\tDatum\tWaarde\tBron', ...rows.slice(0, 10), 'Onbekende indicator\t31-12-2025\t1,0', ...rows.slice(10)].join(
    '\n',
  );
  await page.getByLabel('Geplakte rijen').fill(pasted);
  await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
  await expect(page.getByRole('heading', { name: 'Voorbeeld: 20 goede rijen, 1 met fouten' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Onbekende indicator/ })).toContainText('onbekende indicator "Onbekende indicator"');
  await axe(page, 'plakvoorbeeld met fout');
  await page.screenshot({ path: 'test-results/screens/cycle-paste-preview.png', fullPage: true });
  await page.getByRole('button', { name: '20 goede rijen toevoegen' }).click();
  await expect(page.getByLabel('Geplakte rijen')).toHaveValue('Onbekende indicator\t31-12-2025\t1,0');

  // Changing a frozen target is never silent: the field is read-only, "Bijstellen" records the adjustment.
  await step(page, 'Indicatoren');
  await expect(page.getByText(/Verwachtingen vastgelegd op .* door E\. Valuator\./)).toBeVisible();
  await page
    .getByRole('region', { name: /Gekozen indicatoren/ })
    .getByText('Netto arbeidsparticipatie', { exact: true })
    .click();
  await expect(page.getByLabel('Streefwaarde (Netto arbeidsparticipatie)', { exact: true })).toHaveAttribute('readonly', '');
  await page.getByRole('button', { name: 'Bijstellen: Streefwaarde (Netto arbeidsparticipatie)' }).click();
  const adjust = page.getByRole('dialog', { name: 'Verwachting bijstellen' });
  await adjust.getByLabel('Nieuwe waarde').fill('65');
  await adjust.getByLabel('Besluit (met kenmerk)').fill('Collegebesluit bijstelling arbeidsparticipatie');
  await adjust.getByLabel('Reden van de bijstelling').fill('De arbeidsmarkt trok sneller aan dan verwacht.');
  await adjust.getByRole('button', { name: 'Bijstelling vastleggen' }).click();
  await expect(adjust).toBeHidden();
  const missing = page.getByRole('complementary', { name: 'Wat ontbreekt nog' });
  await step(page, 'Bijsturing');
  await axe(page, 'bijsturing');
  await expect(page.getByText(/Collegebesluit bijstelling arbeidsparticipatie/).first()).toBeVisible();
  await expect(missing).not.toContainText('Netto arbeidsparticipatie heeft een andere streefwaarde');

  // Into evaluation.
  await page.getByRole('button', { name: 'Naar de evaluatie' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ja, ga verder' }).click();
  await step(page, 'Resultaten');
  await page.getByRole('button', { name: 'Laatste meting overnemen waar de eindwaarde leeg is' }).click();
  // Anchored: the row under it (its note and limits) names the indicator too.
  await expect(page.getByRole('row', { name: /^Vrachtwagenbewegingen/ })).toContainText('op de goede weg (67 % van de weg)');

  await step(page, 'Verwacht en gerealiseerd');
  await page.getByText(/Arbeid en vrije tijd: verwacht \+2/).click();
  await page.getByLabel('Gerealiseerde richting voor Arbeid en vrije tijd').selectOption({ label: '+1 positief' });
  await expect(page.getByText('Arbeid en vrije tijd: verwacht +2, gerealiseerd +1 — zwakker dan verwacht')).toBeVisible();
  await page.getByLabel('Bewijs (Arbeid en vrije tijd)').fill('182 inwoners aan het werk (UWV).');
  await page.getByLabel('Zekerheid over de bijdrage van het beleid').selectOption({ label: 'middel' });
  await page
    .getByLabel('Waarom het aan het beleid is toe te schrijven (bijdrage) (Arbeid en vrije tijd)')
    .fill('Deelnemers van het traject vonden werk op de campus.');

  await step(page, 'Onbedoelde effecten');
  await page.getByRole('button', { name: 'Onbedoeld effect toevoegen' }).click();
  await page.getByLabel('Wat gebeurde er').fill('Meer parkeerdruk in de buurt van de campus.');

  await step(page, 'Ervaren uitkomsten gemeten');
  await page.getByLabel('Wat inwoners werkelijk merkten (1)').fill('Inwoners merken meer werk dichtbij.');
  await page.getByLabel('Gemerkt? (1)').selectOption({ label: 'gedeeltelijk' });

  await step(page, 'Verdeling');
  await page.getByLabel('Wie ging erop vooruit').fill('Jongeren met een mbo-opleiding.');
  await page.getByLabel('Ongelijkheid').selectOption({ label: 'afgenomen' });

  await step(page, 'Conclusies');
  await page.getByLabel('Lessen', { exact: true }).fill('Stuur eerder op de verkeersroute.');
  await page.getByRole('radio', { name: 'bijstellen' }).check();
  await page
    .getByLabel(/Heeft werken met brede welvaart tot andere keuzes geleid/)
    .fill('Ja: het opleidingstraject en de vrachtwagenroute.');
  await saved(page);

  // Reload: back on the same step of the same document, everything read from the file on disk.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Conclusies' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'bijstellen' })).toBeChecked();
  const doc = JSON.parse(
    await readFile(
      join(
        app.workspaceDir,
        (await readdir(app.workspaceDir)).find((f) => f.startsWith('cyclus'))!,
      ),
      'utf8',
    ),
  );
  expect(doc.context.phase).toBe('evaluation');
  expect(doc.implementation.frozen).toMatchObject({ by: 'E. Valuator' });
  expect(doc.implementation.frozen.indicators.find((i: { id: string }) => i.id === 'ind-arbeidsparticipatie').target.value).toBe(64.5);
  expect(doc.preparation.indicators.find((i: { id: string }) => i.id === 'ind-arbeidsparticipatie').target.value).toBe(65);
  expect(doc.implementation.measurements).toHaveLength(21);
  expect(
    doc.implementation.measurements.find(
      (m: { indicatorId: string; date: string }) => m.indicatorId === 'ind-tevredenheid-leven' && m.date === '2024-12-31',
    ).value,
  ).toBe(10.5);
  expect(doc.implementation.adjustments).toEqual([
    expect.objectContaining({
      indicatorIds: ['ind-arbeidsparticipatie'],
      reason: 'De arbeidsmarkt trok sneller aan dan verwacht.',
      changes: [{ itemId: 'ind-arbeidsparticipatie', field: 'target', from: 64.5, to: 65 }],
    }),
  ]);
  expect(doc.evaluation.finalValues.length).toBe(11);
  expect(doc.evaluation.realisedEffects).toEqual([
    expect.objectContaining({ direction: 1, contributionConfidence: 'medium', evidence: '182 inwoners aan het werk (UWV).' }),
  ]);
  expect(doc.evaluation).toMatchObject({
    recommendation: 'adjust',
    distribution: { inequality: 'down' },
    unintendedEffects: [expect.objectContaining({ description: 'Meer parkeerdruk in de buurt van de campus.' })],
  });
  expect(doc.evaluation.perceivedResults[0]).toMatchObject({ noticed: 'partly', result: 'Inwoners merken meer werk dichtbij.' });
});
