import type { AssessmentDocument } from '../../../shared/model/document';
import { reportContent, type ReportOptions } from '../../../shared/report/content';
import { loadHyphenation } from '../../../shared/report/hyphenate';
import { renderPdf } from '../../../shared/report/pdf';
import { readReportFonts } from './fonts';

/** The report as PDF bytes, on the Node side (CLI, tests, benchmarks): the same code as the app. */
export async function exportPdf(doc: AssessmentDocument, options: ReportOptions, assetsDir: string): Promise<Uint8Array> {
  const [fonts, hyphenation] = await Promise.all([readReportFonts(assetsDir), loadHyphenation(options.lang)]);
  return renderPdf(reportContent(doc, options), fonts, undefined, hyphenation).bytes;
}
