import type { IComputedValue } from 'mobx';
import { latestByIndicator, measurementsByIndicator } from '../../shared/analysis/measurements';
import type { AssessmentDocument, Measurement } from '../../shared/model/document';
import { kept } from '../components/kept';

/** One cache per derive function, keyed by the source object (gone with it). */
const caches = new Map<(source: never) => unknown, WeakMap<object, IComputedValue<unknown>>>();

/**
 * `derive(source)` computed once per version of what it reads: a kept-alive MobX computed per source
 * object and function (components/kept.ts). A step reads its indexes (measurements by indicator, final
 * values by indicator, …) here, so navigating to it again, or an edit elsewhere, does not rebuild them;
 * an edit of what they read does. `derive` must be pure (a module-level function, so the cache key is stable).
 */
export function perVersion<S extends object, T>(source: S, derive: (source: S) => T): T {
  let cache = caches.get(derive);
  if (!cache) caches.set(derive, (cache = new WeakMap()));
  return kept(cache, source, () => derive(source)) as T;
}

const byIndicatorOf = (d: AssessmentDocument) => measurementsByIndicator(d.implementation.measurements);
const latestOf = (d: AssessmentDocument) => latestByIndicator(d.implementation.measurements);

/** Each indicator's measurements, oldest first, once per version of the measurements (a ×10 document has 18,000). */
export const measurementsOf = (doc: AssessmentDocument): Map<string, Measurement[]> => perVersion(doc, byIndicatorOf);

/** Each indicator's most recent measurement, once per version of the measurements. */
export const latestMeasurementOf = (doc: AssessmentDocument): Map<string, Measurement> => perVersion(doc, latestOf);
