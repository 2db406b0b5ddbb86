/** The document as a reader in the report's language sees its catalogue indicators (rule in framework/catalogue-text.ts). */
import { creditIn, indicatorTexts } from '../framework/catalogue-text';
import type { AssessmentDocument, Indicator } from '../model/document';
import { displayCopy } from '../model/freeze';

const localize = (list: Indicator[], lang: 'nl' | 'en'): Indicator[] => list.map((i) => ({ ...i, ...indicatorTexts(i, lang) }));

/** The frozen record with its snapshot's indicators in `lang`; its hash check is the original's. */
function frozenInLanguage(doc: AssessmentDocument, lang: 'nl' | 'en') {
  const frozen = doc.implementation.frozen;
  if (!frozen) return frozen;
  const snapshot = frozen.snapshot;
  const localized = snapshot && {
    ...snapshot,
    preparation: { ...snapshot.preparation, indicators: localize(snapshot.preparation.indicators, lang) },
  };
  return displayCopy(doc, { indicators: localize(frozen.indicators, lang), ...(localized ? { snapshot: localized } : {}) });
}

/**
 * A copy of the document whose indicators (also the frozen ones and the snapshot's) carry their texts in `lang`, and whose
 * measurement sources carry the CBS credit in `lang`; nothing else changes (the author's prose stays as written).
 */
export function inReportLanguage(doc: AssessmentDocument, lang: 'nl' | 'en'): AssessmentDocument {
  return {
    ...doc,
    preparation: { ...doc.preparation, indicators: localize(doc.preparation.indicators, lang) },
    implementation: {
      ...doc.implementation,
      measurements: doc.implementation.measurements.map((m) => ({ ...m, source: creditIn(m.source, lang) })),
      frozen: frozenInLanguage(doc, lang),
    },
  };
}
