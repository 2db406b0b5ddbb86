/** The report appendix on the origin of the catalogue indicators: a citation per indicator, and what is not verified. */
import { catalogueEntry } from '../framework/catalogue';
import { entryFacts } from '../framework/catalogue-describe';
import type { AssessmentDocument } from '../model/document';
import type { Block } from './blocks';
import { translatorOf, type Lang } from './format';

/** One row per catalogue-linked indicator of the document; nothing when there are none. */
export function catalogueAppendix(doc: AssessmentDocument, lang: Lang): Block[] {
  const t = translatorOf(lang);
  const rows: [string, string][] = [];
  for (const i of doc.preparation.indicators) {
    const c = catalogueEntry(i.catalogueId);
    if (!c) continue;
    const f = entryFacts(c, lang, t);
    const lines = [
      f.source,
      `${t('catalogue.scales')}: ${f.scales}; ${t('catalogue.lag')}: ${f.lag}; ${t('catalogue.groups')}: ${f.groups}`,
      f.unverified ?? t('catalogue.verified'),
    ];
    rows.push([c.name[lang], lines.join('\n')]);
  }
  if (rows.length === 0) return [];
  return [
    { kind: 'heading', level: 2, text: t('catalogue.appendixTitle') },
    { kind: 'paragraph', text: t('catalogue.appendixText') },
    { kind: 'fields', rows },
  ];
}
