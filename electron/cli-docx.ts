/**
 * `export --format docx` of the command line (issue 16): the report as Word, or with
 * `--raadsvoorstel` the paragraph for the council proposal; the same shared code as the app.
 */
import { resolve } from 'node:path';
import type { MessageKey, MessageValues } from '../shared/i18n';
import type { AssessmentDocument } from '../shared/model/document';
import { reportContent, type ReportPhase } from '../shared/report/content';
import { renderDocx } from '../shared/report/docx/write';
import { raadsvoorstelContent } from '../shared/report/raadsvoorstel';
import { writeVerified } from './backend/storage/write';

export const DOCX_OPTIONS = {
  format: { type: 'string' },
  raadsvoorstel: { type: 'boolean' },
} as const;

export interface DocxValues {
  format?: string;
  raadsvoorstel?: boolean;
}

/** What the export command does with --format: 'pdf' (its own code), 'docx' (here), or a mistake to report (exit 2). */
export function exportFormat(values: DocxValues): 'pdf' | 'docx' | { mistake: MessageKey; values?: MessageValues } {
  const format = values.format ?? 'pdf';
  if (format !== 'pdf' && format !== 'docx') return { mistake: 'word.cliUnknownFormat', values: { value: format } };
  if (values.raadsvoorstel && format !== 'docx') return { mistake: 'word.cliRaadsvoorstelNeedsDocx' };
  return format;
}

/** Writes the Word file through the verified write and returns the line to print. */
export async function exportDocx(
  document: AssessmentDocument,
  options: { lang: 'nl' | 'en'; phase: ReportPhase; asFrozen: boolean; raadsvoorstel: boolean; out: string; today: string },
  t: (key: MessageKey, values?: MessageValues) => string,
): Promise<string> {
  const { lang, today } = options;
  const content = options.raadsvoorstel
    ? raadsvoorstelContent(document, { lang, today })
    : reportContent(document, { lang, phase: options.phase, today, asFrozen: options.asFrozen });
  const bytes = await renderDocx(content, { compact: options.raadsvoorstel });
  await writeVerified(resolve(options.out), bytes);
  const kb = Math.round(bytes.length / 1024);
  return t(options.raadsvoorstel ? 'word.rv.cliWritten' : 'word.cliWritten', { file: options.out, kb });
}
