/**
 * The process evaluation (issue 18): per activity of the theory of change whether it was carried
 * out as planned, reach per group, spending against the plan per cost line, which indicators are
 * the main outcome indicators for value for money, what helped or hindered; and the seed's
 * "support and trust" (draagvlak) ex post. The ex-ante counterparts (support before the decision,
 * what the broad-prosperity lens changed in the proposal) live in the preparation.
 *
 * Everything is optional so older files load unchanged, and the ex-ante fields are absent (not
 * defaulted) so the hash of a freeze made before they existed still matches (shared/model/freeze.ts).
 */
import { z } from 'zod';
import { nonNegativeNumber } from './number';
import { CARRIED_OUT, COST_BASES, SUPPORT_LEVELS } from './process-choices';
import { ItemId, text } from './schema-base';
import { GroupRef, ReachUnit } from './tradeoff';

export const CarriedOut = z.enum(CARRIED_OUT);
export const CostBasis = z.enum(COST_BASES);
export const SupportLevel = z.enum(SUPPORT_LEVELS);

/** One activity of the theory of change, as carried out. */
export const ActivityCheck = z.object({
  activityId: ItemId,
  carriedOut: CarriedOut.nullable().default(null),
  note: text(2000),
});

/** How many of a group were meant to be reached, and how many were. */
export const ReachLine = z.object({
  id: ItemId,
  group: GroupRef.nullable().default(null),
  planned: nonNegativeNumber().nullable().default(null),
  reached: nonNegativeNumber().nullable().default(null),
  unit: ReachUnit.default('people'),
  note: text(1000),
});

/** What was spent, per cost line of the preferred option's costs; `years`: how many years the yearly costs ran. */
export const Spent = z.object({
  oneOff: nonNegativeNumber().nullable().default(null),
  yearly: nonNegativeNumber().nullable().default(null),
  years: z.number().min(0).max(100).nullable().default(null),
  note: text(2000),
});

/** An indicator the evaluator picks as main outcome indicator, and which spending its cost per unit divides. */
export const MainIndicator = z.object({ indicatorId: ItemId, basis: CostBasis.default('total') });

export const ProcessEvaluation = z.object({
  activities: z.array(ActivityCheck).max(500).default([]),
  reach: z.array(ReachLine).max(200).default([]),
  spent: Spent.default({ oneOff: null, yearly: null, years: null, note: '' }),
  mainIndicators: z.array(MainIndicator).max(50).default([]),
  helped: text(4000),
  hindered: text(4000),
  /** Support and trust ex post: how much support there is now, and why. */
  support: SupportLevel.nullable().default(null),
  supportReason: text(4000),
  /** How citizens were involved during implementation and evaluation. */
  citizensInvolved: text(4000),
  /** What changed because of them. */
  citizensChanged: text(4000),
});

/** The field the evaluation gains (one spread line in schema-evaluation.ts). */
export const processFields = { process: ProcessEvaluation.optional() };

/** The ex-ante fields the preparation gains (one spread line in schema-preparation.ts); absent, not defaulted: see above. */
export const supportExAnteFields = {
  /** Stakeholder support before the decision. */
  supportExAnte: SupportLevel.nullable().optional(),
  supportExAnteReason: z.string().max(4000).optional(),
  /** What looking through the broad-prosperity lens changed in the proposal. */
  otherChoicesExAnte: z.string().max(4000).optional(),
};

export type ProcessEvaluation = z.infer<typeof ProcessEvaluation>;
export type ReachLine = z.infer<typeof ReachLine>;
export type MainIndicator = z.infer<typeof MainIndicator>;
