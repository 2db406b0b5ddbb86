import { limitsIndex } from '../../../shared/analysis/limitations';
import { resultsIndex } from '../../../shared/analysis/results';
import type { AssessmentDocument } from '../../../shared/model/document';
import { latestMeasurementOf, perVersion } from '../per-version';

// What the rows look up, built once per version of what each reads (not per row, not per navigation).
const notQuantifiedOf = (d: AssessmentDocument) =>
  new Map((d.evaluation.notQuantifiedResults ?? []).map((r) => [r.indicatorId, { reason: r.reason }]));

/** The indexes of the results step for a document. */
export function resultIndexes(doc: AssessmentDocument) {
  return {
    latest: latestMeasurementOf(doc),
    limits: perVersion(doc, limitsIndex),
    results: perVersion(doc, resultsIndex),
    notQuantified: perVersion(doc, notQuantifiedOf),
  };
}
