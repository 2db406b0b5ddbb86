/** The Word export's file name and type: named like every export (shared/report/file-name.ts). */
import type { ReportPhase } from '../../shared/report/content';
import { exportFileName } from '../../shared/report/file-name';

export type WordFormat = 'docx' | 'raadsvoorstel';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** "…-rapport-nl.docx", "…-voorbereiding-nl.docx", "…-report-en.docx", "…-raadsvoorstel-nl.docx", "…-council-proposal-en.docx". */
export function wordFileName(title: string, format: WordFormat, phase: ReportPhase | 'as-frozen', lang: 'nl' | 'en'): string {
  return exportFileName(title, format === 'raadsvoorstel' ? 'raadsvoorstel' : phase, lang, 'docx');
}
