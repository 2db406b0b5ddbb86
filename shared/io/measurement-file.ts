/**
 * Measurements from a file, through the one measurement parser (shared/analysis/paste.ts): an
 * xlsx file is read with exceljs (handed in by the caller, see xlsx.ts), its sheet "Metingen" or
 * "Measurements" or else the first; any other file is CSV or tab-separated text (UTF-8, with or
 * without BOM; Windows-1252 when it is no valid UTF-8), split by papaparse like a paste.
 */
import { parseMeasurementCells, parsePastedMeasurements, type PastedRow } from '../analysis/paste';
import type { NumberNotation } from '../analysis/numbers';
import { translate } from '../i18n';
import type { Indicator } from '../model/document';
import { readXlsxRows, type ExcelJsLike } from './xlsx';

/** The largest file read (the preview and the document limit are far below this). */
export const MAX_MEASUREMENT_FILE_BYTES = 20 * 1024 * 1024;

/** Whether the bytes are a zip file (an xlsx), whatever the name says. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 3 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The text of a CSV file: UTF-8 (BOM dropped), or Windows-1252 as Excel writes it on Dutch Windows. */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

/** The checked rows of a measurement file; throws when an xlsx file cannot be read. */
export async function readMeasurementFile(
  loadExcel: () => Promise<ExcelJsLike>,
  bytes: Uint8Array,
  indicators: readonly Indicator[],
  notation: NumberNotation,
): Promise<PastedRow[]> {
  if (!isZip(bytes)) return parsePastedMeasurements(decodeText(bytes), indicators, notation);
  const sheetNames = (['nl', 'en'] as const).map((lang) => translate(lang, 'excel.sheet.measurements'));
  return parseMeasurementCells(await readXlsxRows(await loadExcel(), bytes, notation, sheetNames), indicators, notation);
}
