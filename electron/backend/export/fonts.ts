import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReportFonts } from '../../../shared/report/pdf';
import { FALLBACK_FONTS } from '../../../shared/report/font-files';

/** Reads the embedded report fonts (Noto Sans and its fallbacks, SIL OFL 1.1) from assets/fonts as base64. */
export async function readReportFonts(assetsDir: string): Promise<ReportFonts> {
  const read = async (name: string) => (await readFile(join(assetsDir, 'fonts', `${name}.ttf`))).toString('base64');
  const [regular, bold, ...fallbacks] = await Promise.all(['NotoSans-Regular', 'NotoSans-Bold', ...FALLBACK_FONTS].map(read));
  return { regular: regular!, bold: bold!, fallbacks: FALLBACK_FONTS.map((name, i) => ({ name, data: fallbacks[i]! })) };
}
