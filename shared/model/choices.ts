/**
 * The values of the document's closed choices, in their order. The zod schemas (document.ts) are
 * built from these lists, and the screens read them here, so the renderer's choice lists never
 * drift from the schema and its bundles do not need zod.
 */

/** Effect direction on broad prosperity: −2 (strongly negative) … +2 (strongly positive). */
export const DIRECTIONS = [-2, -1, 0, 1, 2] as const;
/** How sure an expectation or a contribution is. */
export const CONFIDENCES = ['low', 'medium', 'high'] as const;
/** When an effect shows: at once, within 2 years, 2–5 years, after more than 5 years. */
export const TIME_LAGS = ['none', 'short', 'medium', 'long'] as const;
/** Whether promoting one theme helps or hurts another. */
export const SIGNS = ['positive', 'negative'] as const;
/** How strongly one theme affects another: 1 weak … 3 strong. */
export const STRENGTHS = [1, 2, 3] as const;
/** Whether a higher value of an indicator is better or worse. */
export const GOOD_DIRECTIONS = ['up', 'down'] as const;
/** Measured (objective) or perceived (subjective). */
export const INDICATOR_KINDS = ['objective', 'subjective'] as const;
/** How often an indicator is measured. */
export const FREQUENCIES = ['monthly', 'quarterly', 'yearly', 'biennial', 'once', 'other'] as const;
/** Cost or quality of data: low, medium, high. */
export const COST_QUALITIES = ['low', 'medium', 'high'] as const;
/** Whether citizens noticed an intended outcome. */
export const NOTICED = ['yes', 'partly', 'no', 'unknown'] as const;
/** Whether inequality went down, stayed, went up. */
export const INEQUALITIES = ['down', 'same', 'up', 'unknown'] as const;
/** The evaluation's recommendation for the policy. */
export const RECOMMENDATIONS = ['continue', 'adjust', 'scale-up', 'stop'] as const;
/** Where an effect lands: in the area, elsewhere in the municipality, the neighbouring region, the rest of the country, abroad. */
export const WHERES = ['area', 'municipality', 'region', 'netherlands', 'abroad'] as const;
/** Whether an effect is temporary or lasting. */
export const DURATIONS = ['temporary', 'lasting'] as const;
/** Whether a realised effect was temporary, is expected to last, or has lasted. */
export const LASTINGS = ['temporary', 'expected', 'lasted'] as const;
/** What a reach counts: people or households. */
export const REACH_UNITS = ['people', 'households'] as const;
/** The groups an effect can name; a document may add its own (custom groups). */
export const GROUPS = [
  'income-low',
  'income-middle',
  'income-high',
  'young',
  'older',
  'disability',
  'migration',
  'residents-area',
  'residents-around',
  'businesses',
  'future-generations',
  'abroad',
] as const;
/** Low, medium, high: feasibility, likelihood and impact of a risk. */
export const LEVELS_LMH = ['low', 'medium', 'high'] as const;
