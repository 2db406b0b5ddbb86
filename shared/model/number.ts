/**
 * Numbers a document may hold: finite and within ±1e15. Larger values (1e308) would pass `finite`
 * and then break the charts (NaN) and the PDF; a value outside the bounds is refused on load with
 * the usual field message ("te groot (hoogstens …)"), in the user's language.
 */
import { z } from 'zod';

/** The largest magnitude a number in a document may have. */
export const MAX_MAGNITUDE = 1e15;

/** A finite number within ±MAX_MAGNITUDE. */
export const finiteNumber = () => z.number().min(-MAX_MAGNITUDE).max(MAX_MAGNITUDE);

/** A finite number from 0 to MAX_MAGNITUDE. */
export const nonNegativeNumber = () => z.number().min(0).max(MAX_MAGNITUDE);
