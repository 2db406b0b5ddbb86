/**
 * The names of exported files, in the language of the export: the document's title, what the file
 * holds and the language, e.g. `medtech-heerlen-rapport-nl.pdf`, `medtech-heerlen-report-en.pdf`,
 * `medtech-heerlen-voorbereiding-nl.pdf`, `medtech-heerlen-indicators-en.csv`.
 */
import { translate, type Language } from '../i18n';
import { slugify } from '../model/slug';
import type { ReportPhase } from './content';

/**
 * What an exported file holds: a report (all phases or one), the report as frozen, the indicators
 * (CSV), all data (Excel) or the council-proposal paragraph (Word).
 */
export type ExportContent = ReportPhase | 'as-frozen' | 'indicators' | 'data' | 'raadsvoorstel';

export function exportFileName(title: string, content: ExportContent, lang: Language, extension: string): string {
  const what = slugify(translate(lang, `fileName.${content}`), content);
  return `${slugify(title, 'impactwijzer')}-${what}-${lang}.${extension}`;
}
