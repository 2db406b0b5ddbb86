import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePastedMeasurements } from '../../../shared/analysis/paste';
import { decodeText, readMeasurementFile } from '../../../shared/io/measurement-file';
import { workbookSheets } from '../../../shared/io/workbook';
import { excelJs, writeXlsx } from '../../../shared/io/xlsx';
import { AssessmentDocument } from '../../../shared/model/document';
import { toCsv } from '../../../shared/report/csv';

const example = () =>
  AssessmentDocument.parse(JSON.parse(readFileSync(join(__dirname, '../../../assets/examples/medtech-heerlen.json'), 'utf8')));
const loadExcel = async () => excelJs(ExcelJS);
const LIFE = 'Tevredenheid met het leven';
const MINIMUM = 'Huishoudens rond het sociaal minimum';

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('xlsx export', () => {
  it('has the five sheets with frozen bold header rows, numbers as numbers and dates as dates in Dutch formats', async () => {
    const doc = example();
    const bytes = await writeXlsx(excelJs(ExcelJS), workbookSheets(doc, 'nl'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Indicatoren', 'Metingen', 'Effecten', 'Opties', 'Bevindingen']);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    }
    const m = wb.getWorksheet('Metingen')!;
    expect(m.rowCount - 1).toBe(doc.implementation.measurements.length);
    expect(m.getRow(1).getCell(1).value).toBe('Indicator');
    const row = m.getRow(2);
    expect(row.getCell(2).value).toBeInstanceOf(Date);
    expect(row.getCell(2).numFmt).toBe('dd-mm-yyyy');
    expect(typeof row.getCell(3).value).toBe('number');
    // The value column has the decimals its values need (the sample has values such as 81,4); years are never grouped.
    expect(row.getCell(3).numFmt).toBe('#,##0.0');
    expect(wb.getWorksheet('Indicatoren')!.getRow(2).getCell(9).numFmt).toBeUndefined();
    expect(wb.getWorksheet('Indicatoren')!.rowCount - 1).toBe(doc.preparation.indicators.length);
    expect(wb.getWorksheet('Effecten')!.rowCount - 1).toBe(doc.preparation.effects.length);
    expect(wb.getWorksheet('Opties')!.rowCount - 1).toBe(doc.preparation.options.length);
    const en = await writeXlsx(excelJs(ExcelJS), workbookSheets(doc, 'en'));
    const wbEn = new ExcelJS.Workbook();
    await wbEn.xlsx.load(en.slice().buffer);
    expect(wbEn.worksheets.map((w) => w.name)).toEqual(['Indicators', 'Measurements', 'Effects', 'Options', 'Findings']);
  });

  it('writes formula-like texts as string cells with the text format, never as formulas; negative numbers stay numbers', async () => {
    const doc = example();
    doc.preparation.indicators[0]!.name = '=HYPERLINK("http://evil.example","klik")';
    const m = doc.implementation.measurements.find((x) => x.indicatorId === doc.preparation.indicators[0]!.id)!;
    m.note = '@SUM(1+1)';
    m.source = '+31 6 1234';
    m.value = -3.5;
    const bytes = await writeXlsx(excelJs(ExcelJS), workbookSheets(doc, 'nl'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer);
    const name = wb.getWorksheet('Indicatoren')!.getRow(2).getCell(2);
    expect(name.type).toBe(ExcelJS.ValueType.String);
    expect(name.value).toBe('=HYPERLINK("http://evil.example","klik")');
    expect(name.formula).toBeUndefined();
    expect(name.numFmt).toBe('@');
    const row = wb.getWorksheet('Metingen')!.getRow(2);
    expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(5).value).toBe('@SUM(1+1)');
    expect(row.getCell(5).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(4).value).toBe('+31 6 1234');
    expect(row.getCell(3).value).toBe(-3.5);
    expect(row.getCell(3).type).toBe(ExcelJS.ValueType.Number);
    // The raw sheet XML has no formula element at all.
    const zipText = Buffer.from(bytes).toString('latin1');
    expect(zipText).not.toContain('<f>');
  });
});

describe('measurement import from files', () => {
  it('round-trips: the export imports into a copy without measurements as the same measurements', async () => {
    const doc = example();
    const bytes = await writeXlsx(excelJs(ExcelJS), workbookSheets(doc, 'nl'));
    const rows = await readMeasurementFile(loadExcel, bytes, doc.preparation.indicators, 'nl');
    expect(rows.every((r) => r.ok)).toBe(true);
    const strip = (list: { indicatorId: string; date: string; value: number; source: string; note: string; comparison: unknown }[]) =>
      list.map(({ indicatorId, date, value, source, note, comparison }) => ({ indicatorId, date, value, source, note, comparison }));
    const back = rows.flatMap((r) => (r.ok ? [r.measurement] : []));
    const key = (m: { indicatorId: string; date: string }) => `${m.indicatorId} ${m.date}`;
    expect(strip(back).sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
      strip(doc.implementation.measurements).sort((a, b) => key(a).localeCompare(key(b))),
    );
  });

  it('reads a Dutch Excel file: decimal comma texts, date cells, dd-mm-jjjj texts, a cell with a line break and a semicolon', async () => {
    const doc = example();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Toelichting').addRow(['Dit blad wordt niet gelezen']);
    const ws = wb.addWorksheet('Metingen');
    ws.addRow(['Indicator', 'Datum', 'Waarde', 'Bron', 'Toelichting', 'Vergelijkingsgebied', 'Vergelijkingswaarde']);
    ws.addRow([LIFE, new Date(Date.UTC(2025, 5, 30)), '7,25', 'CBS', 'eerste regel\ntweede; met puntkomma']);
    ws.getCell('B2').numFmt = 'dd-mm-yyyy';
    ws.addRow([MINIMUM, '31-12-2025', 1234.5, 'Gemeente', '', 'Nederland', '1.234,75']);
    ws.addRow(['Onbekende indicator', '31-02-2025', 'veel']);
    ws.addRow([]);
    ws.addRow([LIFE, '30-06-2026', '7,4', '', '', 'Limburg', '']);
    const rows = await readMeasurementFile(loadExcel, await bytesOf(wb), doc.preparation.indicators, 'nl');
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({
      line: 2,
      ok: true,
      measurement: { date: '2025-06-30', value: 7.25, source: 'CBS', note: 'eerste regel\ntweede; met puntkomma', comparison: null },
    });
    expect(rows[1]).toMatchObject({
      line: 3,
      ok: true,
      measurement: { date: '2025-12-31', value: 1234.5, comparison: { area: 'Nederland', value: 1234.75 } },
    });
    expect(rows[2]).toMatchObject({
      line: 4,
      ok: false,
      errors: [
        { code: 'unknownIndicator', text: 'Onbekende indicator' },
        { code: 'invalidDate', text: '31-02-2025' },
        { code: 'invalidValue', text: 'veel' },
      ],
    });
    expect(rows[3]).toMatchObject({ line: 6, ok: false, errors: [{ code: 'incompleteComparison', text: '' }] });
  });

  it('reads a Dutch CSV file (BOM, semicolons, quoted cells with a line break and a semicolon) and Windows-1252 text', async () => {
    const doc = example();
    const csv = [
      'Indicator;Datum;Waarde;Bron;Toelichting',
      `${LIFE};30-06-2025;7,25;CBS;"eerste regel\r\ntweede; met ""aanhalingstekens"""`,
      `"${MINIMUM}";31-12-2025;12,5;Gemeente;`,
      `${LIFE};2025-13-01;7;;`,
    ].join('\r\n');
    const bytes = new TextEncoder().encode(`\uFEFF${csv}\r\n`);
    const rows = await readMeasurementFile(loadExcel, bytes, doc.preparation.indicators, 'nl');
    expect(rows.map((r) => [r.line, r.ok])).toEqual([
      [2, true],
      [4, true],
      [5, false],
    ]);
    expect(rows[0]).toMatchObject({ ok: true, measurement: { value: 7.25, note: 'eerste regel\r\ntweede; met "aanhalingstekens"' } });
    expect(rows[2]).toMatchObject({ ok: false, errors: [{ code: 'invalidDate', text: '2025-13-01' }] });
    // Excel on Dutch Windows writes CSV in Windows-1252: "ë" is byte 0xEB.
    expect(decodeText(new Uint8Array([0x50, 0xeb, 0x6c]))).toBe('Pël');
  });

  it('pasted text goes through the same splitting: a quoted cell keeps its tab and line break', () => {
    const doc = example();
    const rows = parsePastedMeasurements(`${LIFE}\t30-06-2025\t7,5\tCBS\t"a\tb\nc"\n`, doc.preparation.indicators, 'nl');
    expect(rows).toMatchObject([{ ok: true, line: 1, measurement: { value: 7.5, note: 'a\tb\nc' } }]);
  });
});

describe('safe CSV cells', () => {
  it('quotes text cells that would start a formula with a single quote; numbers stay numbers', async () => {
    const doc = example();
    doc.preparation.indicators[0]!.name = '=HYPERLINK("http://evil.example";"klik")';
    const m = doc.implementation.measurements.find((x) => x.indicatorId === doc.preparation.indicators[0]!.id)!;
    m.note = '\tverborgen';
    m.source = '-rapport';
    m.value = -2.5;
    const text = toCsv(doc, ';', 'nl');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"";""klik"")"`);
    expect(text).toContain("'-rapport");
    expect(text).toContain("'\tverborgen");
    expect(text).toContain(';-2,5;');
    // Excel reads the CSV back as text cells: no cell starts with a formula character.
    const wb = new ExcelJS.Workbook();
    const { Readable } = await import('node:stream');
    const ws = await wb.csv.read(Readable.from([text.replace(/^\uFEFF/, '')]), {
      parserOptions: { delimiter: ';' },
      map: (v: string) => v,
    });
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.formula).toBeUndefined();
        // A number (a value, a share of the way) may be negative: it stays a number, not text.
        if (typeof cell.value === 'string' && !/^-?\d+(,\d+)?$/.test(cell.value)) expect(cell.value).not.toMatch(/^[=+@\t\r-]/);
      }),
    );
  });
});
