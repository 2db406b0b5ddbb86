/**
 * How much of a large document the report shows. Above MEASUREMENT_LIMIT_ABOVE measurements (the
 * ×3 reference document has 5,400) the measurement table lists only each indicator's last
 * MEASUREMENT_LIMIT values, with a note of what was left out; the chart and the signal still use
 * them all. The export dialog's "Alle metingen opnemen" turns the limit off.
 */
import type { AssessmentDocument, Measurement } from '../model/document';

/** The values per indicator the table keeps when limited. */
export const MEASUREMENT_LIMIT = 20;

/** Above this many measurements the limit is on by default. */
export const MEASUREMENT_LIMIT_ABOVE = 5000;

/** Whether the report limits the measurement table by default. */
export function limitsMeasurements(doc: AssessmentDocument): boolean {
  return doc.implementation.measurements.length > MEASUREMENT_LIMIT_ABOVE;
}

/** The last `limit` of a series sorted oldest first, and what was left out (first and last date). */
export function lastOf(
  series: readonly Measurement[],
  limit: number,
): { kept: readonly Measurement[]; left: number; from: string; to: string } {
  const left = Math.max(0, series.length - limit);
  if (left === 0) return { kept: series, left: 0, from: '', to: '' };
  return { kept: series.slice(left), left, from: series[0]!.date, to: series[left - 1]!.date };
}
