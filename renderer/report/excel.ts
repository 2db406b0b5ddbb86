/**
 * exceljs in the renderer, loaded only when a user exports to or imports from Excel (a dynamic
 * import: the start bundle stays lean). The workbook content and the parsing are shared/io/'s.
 */
import { workbookSheets } from '../../shared/io/workbook';
import { excelJs, writeXlsx, type ExcelJsLike } from '../../shared/io/xlsx';
import type { AssessmentDocument } from '../../shared/model/document';

/** The exceljs module, loaded on first use. */
export async function loadExcel(): Promise<ExcelJsLike> {
  return excelJs(await import('exceljs'));
}

/** The document's data as xlsx bytes (sheets in `lang`). */
export async function makeXlsx(doc: AssessmentDocument, lang: 'nl' | 'en'): Promise<Uint8Array> {
  return writeXlsx(await loadExcel(), workbookSheets(doc, lang));
}
