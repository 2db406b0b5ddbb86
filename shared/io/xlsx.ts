/**
 * xlsx bytes with exceljs, which the caller hands in (the renderer loads it lazily with a dynamic
 * import, the CLI imports it on Node): shared/ stays free of the package and its Node parts, and
 * the renderer and the CLI run the same code. Text cells are always string cells, never formulas;
 * a text that would start a formula also gets the text format "@" (shared/report/safe-cell.ts).
 */
import { formatNumberInput, type NumberNotation } from '../analysis/numbers';
import { looksLikeFormula } from '../report/safe-cell';
import type { Sheet } from './workbook';

/** The part of exceljs used here (its module, as `import('exceljs')` gives it). */
export interface ExcelJsLike {
  Workbook: new () => WorkbookLike;
}
interface CellLike {
  value: unknown;
  numFmt: string;
  font: unknown;
}
interface RowLike {
  number: number;
  values: unknown;
  font: unknown;
  getCell(n: number): CellLike;
}
interface WorksheetLike {
  name: string;
  columns: unknown;
  views: unknown;
  autoFilter?: unknown;
  addRow(values: unknown[]): RowLike;
  getRow(n: number): RowLike;
  eachRow(options: { includeEmpty: boolean }, fn: (row: RowLike, n: number) => void): void;
}
interface WorkbookLike {
  creator: string;
  created: Date;
  worksheets: WorksheetLike[];
  addWorksheet(name: string, options?: unknown): WorksheetLike;
  xlsx: { writeBuffer(): Promise<ArrayBuffer | Uint8Array>; load(data: ArrayBuffer): Promise<unknown> };
}

/** The module's own export (a CommonJS module under `default`, or the module itself). */
export function excelJs(module: unknown): ExcelJsLike {
  const m = module as { default?: ExcelJsLike } & Partial<ExcelJsLike>;
  return (m.Workbook ? m : m.default) as ExcelJsLike;
}

const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Writes sheets as xlsx bytes: bold frozen header rows, column widths and formats, a filter on the header. */
export async function writeXlsx(Excel: ExcelJsLike, sheets: readonly Sheet[]): Promise<Uint8Array> {
  const wb = new Excel.Workbook();
  wb.creator = 'Impactwijzer';
  wb.created = new Date(0);
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => ({ header: c.header, width: c.width, style: c.format ? { numFmt: c.format } : {} }));
    ws.getRow(1).font = { bold: true };
    for (const cells of sheet.rows) {
      const row = ws.addRow(cells.map((c) => (c === null ? null : 'text' in c ? c.text : 'number' in c ? c.number : utcDate(c.date))));
      cells.forEach((c, i) => {
        if (c && 'text' in c && looksLikeFormula(c.text)) row.getCell(i + 1).numFmt = '@';
      });
    }
    if (sheet.columns.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  }
  const out = await wb.xlsx.writeBuffer();
  return out instanceof Uint8Array ? new Uint8Array(out.buffer, out.byteOffset, out.byteLength) : new Uint8Array(out);
}

/** A cell's value as the text the measurement parser reads: numbers in the notation, dates as yyyy-mm-dd. */
export function cellText(value: unknown, notation: NumberNotation): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumberInput(value, notation);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result, notation);
    if (v.text !== undefined) return cellText(v.text, notation);
    if (typeof v.error === 'string') return v.error;
  }
  return '';
}

/** The rows of an xlsx file's sheet named one of `preferred` (else the first sheet), as texts with their row numbers. */
export async function readXlsxRows(
  Excel: ExcelJsLike,
  bytes: Uint8Array,
  notation: NumberNotation,
  preferred: readonly string[] = [],
): Promise<{ cells: string[]; line: number }[]> {
  const wb = new Excel.Workbook();
  const copy = bytes.slice();
  await wb.xlsx.load(copy.buffer);
  const wanted = new Set(preferred.map((n) => n.toLowerCase()));
  const ws = wb.worksheets.find((w) => wanted.has(w.name.toLowerCase())) ?? wb.worksheets[0];
  if (!ws) return [];
  const rows: { cells: string[]; line: number }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const values = Array.isArray(row.values) ? (row.values as unknown[]).slice(1) : [];
    rows.push({ cells: Array.from(values, (v) => cellText(v, notation).trim()), line: n });
  });
  return rows;
}
