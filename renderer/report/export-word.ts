/** The Word export's file name and type (issue 16): the language is part of the name. */
import { translate } from '../../shared/i18n';
import type { ReportPhase } from '../../shared/report/content';
import { fileName } from './export';

export type WordFormat = 'docx' | 'raadsvoorstel';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** "…-rapport-nl.docx", "…-voorbereiding-rapport-nl.docx", "…-report-en.docx", "…-raadsvoorstel-nl.docx". */
export function wordFileName(title: string, format: WordFormat, phase: ReportPhase | 'as-frozen', lang: 'nl' | 'en'): string {
  const parts =
    format === 'raadsvoorstel'
      ? [translate(lang, 'word.fileRaadsvoorstel')]
      : [phase === 'all' ? '' : translate(lang, `word.filePhase.${phase}`), translate(lang, 'word.fileReport')];
  return fileName(title, parts.filter(Boolean).join('-'), 'docx');
}
