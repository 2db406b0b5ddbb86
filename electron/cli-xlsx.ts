/**
 * The Excel commands of the command line (registered in electron/cli.ts):
 *   `xlsx DOC --out FILE [--lang nl|en]`: the data as an xlsx workbook (shared/io/workbook.ts);
 *   `import-measurements DOC FILE --out NEW`: measurements from an .xlsx, .csv or text file through
 *   the app's parser (decimal notation of the document's language; repeats of existing measurements
 *   are skipped), written as a new document. Bad rows are listed on stderr (exit 1; the good rows
 *   are still imported); all files go through the verified write.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { applyPaste, checkDuplicates, type PastedRow } from '../shared/analysis/paste';
import type { MessageKey, MessageValues } from '../shared/i18n';
import { MAX_DOCUMENT_BYTES } from '../shared/model/limits';
import type { AssessmentDocument } from '../shared/model/document';
import { documentBytes } from '../shared/model/serialize';
import { MAX_MEASUREMENT_FILE_BYTES, readMeasurementFile } from '../shared/io/measurement-file';
import { workbookSheets } from '../shared/io/workbook';
import { excelJs, writeXlsx } from '../shared/io/xlsx';
import type { Outcome } from './cli';
import { writeVerified } from './backend/storage/write';

export interface XlsxCall {
  file: string | undefined;
  second?: string;
  values: { out?: string };
  lang: 'nl' | 'en';
  t: (key: MessageKey, values?: MessageValues) => string;
  load: (file: string | undefined, lang: 'nl' | 'en') => Promise<{ document: AssessmentDocument } | Outcome>;
}

const wrong = (t: XlsxCall['t'], key: MessageKey, values?: MessageValues): Outcome => ({
  code: 2,
  stdout: [],
  stderr: [t(key, values), t('cli.seeHelp')],
});

const loadExcel = async () => excelJs(await import('exceljs'));

/** `xlsx DOC --out FILE`. */
export async function xlsxCommand({ file, values, lang, t, load }: XlsxCall): Promise<Outcome> {
  if (!values.out) return wrong(t, 'cli.needOut');
  const loaded = await load(file, lang);
  if ('code' in loaded) return loaded;
  const bytes = await writeXlsx(await loadExcel(), workbookSheets(loaded.document, lang));
  await writeVerified(resolve(values.out), bytes);
  return { code: 0, stdout: [t('excel.cli.written', { file: values.out })], stderr: [] };
}

/** The problems of the bad rows, one line each. */
function badLines(rows: readonly PastedRow[], t: XlsxCall['t']): string[] {
  return rows.flatMap((r) =>
    r.ok ? [] : [t('excel.cli.badRow', { line: r.line, problems: r.errors.map((e) => t(`paste.${e.code}`, { text: e.text })).join('; ') })],
  );
}

/** `import-measurements DOC FILE --out NEW`. */
export async function importMeasurementsCommand({ file, second, values, lang, t, load }: XlsxCall): Promise<Outcome> {
  if (!file || !second) return wrong(t, 'excel.cli.needImportFile');
  if (!values.out) return wrong(t, 'cli.needOut');
  const loaded = await load(file, lang);
  if ('code' in loaded) return loaded;
  const doc = loaded.document;
  let rows: PastedRow[];
  try {
    if ((await stat(second)).size > MAX_MEASUREMENT_FILE_BYTES)
      return { code: 2, stdout: [], stderr: [t('excel.tooLarge', { file: second })] };
    const bytes = new Uint8Array(await readFile(second));
    rows = await readMeasurementFile(loadExcel, bytes, doc.preparation.indicators, doc.context.language);
  } catch {
    return { code: 2, stdout: [], stderr: [t('excel.cli.unreadable', { file: second })] };
  }
  const measurements = doc.implementation.measurements;
  const outcome = applyPaste(measurements, checkDuplicates(rows, measurements), new Map(), () => `m-${crypto.randomUUID()}`);
  await writeVerified(resolve(values.out), documentBytes(doc), { maxBytes: MAX_DOCUMENT_BYTES });
  const bad = badLines(rows, t);
  return { code: bad.length ? 1 : 0, stdout: [t('excel.cli.imported', { ...outcome, file: values.out })], stderr: bad };
}
