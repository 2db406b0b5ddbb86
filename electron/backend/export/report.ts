import type { AssessmentDocument } from '../../../shared/model/document';
import { reportContent, type ReportOptions } from '../../../shared/report/content';
import { renderPdf } from '../../../shared/report/pdf';
import { readReportFonts } from './fonts';

/** The report as PDF bytes, on the Node side (CLI, tests, benchmarks): the same code as the app. */
export async function exportPdf(doc: AssessmentDocument, options: ReportOptions, assetsDir: string): Promise<Uint8Array> {
  const fonts = await readReportFonts(assetsDir);
  return renderPdf(reportContent(doc, options), fonts).bytes;
}
