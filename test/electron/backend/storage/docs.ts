import { newDocument, type AssessmentDocument } from '../../../../shared/model/document';
import { documentBytes } from '../../../../shared/model/serialize';

/** An indicator of the catalogue's shape, with a definition of `pad` characters. */
export function indicator(i: number, pad = 200) {
  return {
    id: `i${i}`,
    catalogueId: null,
    name: `indicator ${i}`,
    definition: 'x'.repeat(pad),
    theme: 'wonen' as const,
    unit: '%',
    goodDirection: 'up' as const,
    kind: 'objective' as const,
    source: 'CBS',
    scale: 'wijk' as const,
    level: null,
    baseline: { value: i, year: 2023 },
    target: { value: i + 1, year: 2027 },
    frequency: null,
    dataCost: null,
    dataQuality: null,
    owner: '',
  };
}

/** A document whose bytes on disk are at least `bytes` long (indicators added until it is). */
export function sizedDocument(id: string, title: string, bytes: number): AssessmentDocument {
  const doc = newDocument(id, title, '2026-01-01T00:00:00.000Z');
  while (documentBytes(doc).length < bytes) doc.preparation.indicators.push(indicator(doc.preparation.indicators.length));
  return doc;
}
