/**
 * The ×100 document of the benchmarks: the large reference document with 10,000 expected effects
 * (about 12 MB of JSON, inside the 20 MB limit). The frozen snapshot keeps the original 48, so the
 * file stays within the limit.
 */
import type { AssessmentDocument, Effect } from '../../shared/model/document';
import { largeDocument } from './large-document';

export function x100Document(): AssessmentDocument {
  const doc = largeDocument();
  const base = doc.preparation.effects;
  const effects: Effect[] = Array.from({ length: 10_000 }, (_, i) => ({ ...structuredClone(base[i % base.length]!), id: `eff-x-${i}` }));
  doc.id = 'groot-referentiedocument-x100';
  doc.context.title = 'Groot referentiedocument (×100: 10.000 effecten)';
  doc.preparation.effects = effects;
  doc.implementation.adjustments = doc.implementation.adjustments.map((a, i) => ({ ...a, effectIds: [effects[i]!.id] }));
  doc.evaluation.realisedEffects = [];
  return doc;
}
