/**
 * The closed choices and the empty form of the process evaluation (issue 18), without zod, so the
 * screens read them without the schema. The zod schema (schema-process.ts) is built from these lists.
 */

/** Whether an activity of the theory of change was carried out as planned. */
export const CARRIED_OUT = ['yes', 'partly', 'no'] as const;
/** The cost lines of an option's costs (shared/model/tradeoff.ts `Costs`). */
export const COST_LINES = ['oneOff', 'yearly'] as const;
/** Which spending a cost per unit divides: all of it, or one cost line. */
export const COST_BASES = ['total', 'oneOff', 'yearly'] as const;
/** How much support (draagvlak) there is among stakeholders. */
export const SUPPORT_LEVELS = ['low', 'medium', 'high'] as const;

export type CarriedOut = (typeof CARRIED_OUT)[number];
export type CostLine = (typeof COST_LINES)[number];
export type CostBasis = (typeof COST_BASES)[number];
export type SupportLevel = (typeof SUPPORT_LEVELS)[number];
