/** The document as a reader in the report's language sees its catalogue indicators (rule in framework/catalogue-text.ts). */
import { creditIn, indicatorTexts } from '../framework/catalogue-text';
import type { AssessmentDocument, Indicator } from '../model/document';

const localize = (list: Indicator[], lang: 'nl' | 'en'): Indicator[] => list.map((i) => ({ ...i, ...indicatorTexts(i, lang) }));

/**
 * A copy of the document whose indicators (also the frozen ones) carry their texts in `lang`, and whose
 * measurement sources carry the CBS credit in `lang`; nothing else changes (the author's prose stays as written).
 */
export function inReportLanguage(doc: AssessmentDocument, lang: 'nl' | 'en'): AssessmentDocument {
  const frozen = doc.implementation.frozen;
  return {
    ...doc,
    preparation: { ...doc.preparation, indicators: localize(doc.preparation.indicators, lang) },
    implementation: {
      ...doc.implementation,
      measurements: doc.implementation.measurements.map((m) => ({ ...m, source: creditIn(m.source, lang) })),
      frozen: frozen ? { ...frozen, indicators: localize(frozen.indicators, lang) } : frozen,
    },
  };
}
