import ExcelJS from 'exceljs';
import { copyFile, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../electron/cli';
import type { AssessmentDocument } from '../../shared/model/document';
import { tempDir } from '../helpers';

const EXAMPLE = join(__dirname, '../../assets/examples/medtech-heerlen.json');
const comparable = (doc: AssessmentDocument) =>
  doc.implementation.measurements
    .map(({ indicatorId, date, value, source, note, comparison }) => JSON.stringify({ indicatorId, date, value, source, note, comparison }))
    .sort();

describe('impactwijzer xlsx and import-measurements', () => {
  it('exports the data as xlsx and imports its measurements into a copy without measurements: the same measurements', async () => {
    const dir = await tempDir();
    const original = JSON.parse(await readFile(EXAMPLE, 'utf8')) as AssessmentDocument;
    const xlsx = join(dir, 'gegevens.xlsx');
    expect(await run(['xlsx', EXAMPLE, '--out', xlsx])).toEqual({ code: 0, stdout: [`Excel-bestand geschreven: ${xlsx}`], stderr: [] });
    expect((await stat(xlsx)).size).toBeGreaterThan(5_000);
    const empty = join(dir, 'leeg.json');
    await writeFile(empty, JSON.stringify({ ...original, implementation: { ...original.implementation, measurements: [] } }));
    const back = join(dir, 'terug.json');
    const n = original.implementation.measurements.length;
    expect(await run(['import-measurements', empty, xlsx, '--out', back])).toEqual({
      code: 0,
      stdout: [`${n} metingen toegevoegd, 0 vervangen, 0 overgeslagen; geschreven naar ${back}.`],
      stderr: [],
    });
    expect(comparable(JSON.parse(await readFile(back, 'utf8')))).toEqual(comparable(original));
    // Importing the same file again adds nothing: every row repeats an existing measurement.
    const again = await run(['import-measurements', back, xlsx, '--out', join(dir, 'nogmaals.json'), '--lang', 'en']);
    expect(again.stdout).toEqual([`0 measurements added, 0 replaced, ${n} skipped; written to ${join(dir, 'nogmaals.json')}.`]);
  });

  it('imports a Dutch CSV, lists the bad rows with their line and exits 1; an unreadable xlsx exits 2', async () => {
    const dir = await tempDir();
    const csv = join(dir, 'metingen.csv');
    await writeFile(
      csv,
      '\uFEFFIndicator;Datum;Waarde;Bron;Toelichting\r\n' +
        'Ervaren gezondheid;15-3-2029;"71,5";CBS;"regel een\r\nregel; twee"\r\nGeluk;1-1-2027;abc;;\r\n',
    );
    const out = join(dir, 'nieuw.json');
    const result = await run(['import-measurements', EXAMPLE, csv, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual(['Regel 4: onbekende indicator "Geluk"; ongeldige waarde "abc"']);
    const doc = JSON.parse(await readFile(out, 'utf8')) as AssessmentDocument;
    expect(doc.implementation.measurements.find((m) => m.date === '2029-03-15' && m.value === 71.5)?.note).toBe('regel een\r\nregel; twee');

    const broken = join(dir, 'kapot.xlsx');
    await copyFile(csv, broken);
    await writeFile(broken, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(100)]));
    expect(await run(['import-measurements', EXAMPLE, broken, '--out', join(dir, 'x.json')])).toEqual({
      code: 2,
      stdout: [],
      stderr: [`Het bestand ${broken} kan niet worden gelezen als Excel- of CSV-bestand.`],
    });
    expect((await run(['import-measurements', EXAMPLE, '--out', out])).code).toBe(2);
  });

  it('reads the xlsx back with exceljs: a formula-like indicator name is a string cell, not a formula', async () => {
    const dir = await tempDir();
    const doc = JSON.parse(await readFile(EXAMPLE, 'utf8')) as AssessmentDocument;
    doc.preparation.indicators[0]!.name = '=HYPERLINK("http://evil.example","klik")';
    const file = join(dir, 'kwaad.json');
    await writeFile(file, JSON.stringify(doc));
    const xlsx = join(dir, 'kwaad.xlsx');
    expect((await run(['xlsx', file, '--out', xlsx])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const cell = wb.getWorksheet('Indicatoren')!.getCell('B2');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
  });
});
