import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReportFonts } from '../../../shared/report/pdf';

/** Reads the embedded report fonts (Noto Sans, SIL OFL 1.1) from assets/fonts as base64. */
export async function readReportFonts(assetsDir: string): Promise<ReportFonts> {
  const [regular, bold] = await Promise.all([
    readFile(join(assetsDir, 'fonts', 'NotoSans-Regular.ttf')),
    readFile(join(assetsDir, 'fonts', 'NotoSans-Bold.ttf')),
  ]);
  return { regular: regular.toString('base64'), bold: bold.toString('base64') };
}
