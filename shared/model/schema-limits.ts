/**
 * The limits of what the assessment can say (issue 18): effects and results that count but were not
 * counted ("niet gekwantificeerd", with the reason), whether a realised effect lasts, and where, for
 * whom and how lasting an unintended effect is. Every field is optional without a default, so older
 * files load unchanged and a frozen snapshot's hash stays the same (shared/model/freeze.ts).
 * Spread into Effect, RealisedEffect, UnintendedEffect and Evaluation (one line each).
 */
import { z } from 'zod';
import { LASTINGS } from './choices';
import { ItemId, Level, ScaleLevel } from './schema-base';
import { GroupRef, Where } from './tradeoff';

/** Marked as counting but not counted, with the reason why no number is given. */
export const NotQuantified = z.object({ reason: z.string().max(2000) });
export type NotQuantified = z.infer<typeof NotQuantified>;

/** Whether a realised effect was temporary, is expected to last, or has lasted. */
export const Lasting = z.enum(LASTINGS);

/** An expected effect may be marked not quantified. */
export const effectLimitsFields = {
  notQuantified: NotQuantified.nullable().optional(),
};

/** A realised effect: not quantified, and whether it lasts (with the evidence for that). */
export const realisedLimitsFields = {
  notQuantified: NotQuantified.nullable().optional(),
  lasting: Lasting.nullable().optional(),
  lastingEvidence: z.string().max(4000).optional(),
};

/** An unintended effect: where and at which scale and level it lands, for whom, and whether it lasts. */
export const unintendedLimitsFields = {
  where: Where.optional(),
  scale: ScaleLevel.nullable().optional(),
  level: Level.nullable().optional(),
  groups: z.array(GroupRef).max(50).optional(),
  lasting: Lasting.nullable().optional(),
  lastingEvidence: z.string().max(4000).optional(),
};

/** An indicator's result that could not be measured at the end, with the reason. */
export const NotQuantifiedResult = z.object({ indicatorId: ItemId, reason: z.string().max(2000) });

/** The evaluation: the results marked not quantified. */
export const evaluationLimitsFields = {
  notQuantifiedResults: z.array(NotQuantifiedResult).max(2000).optional(),
};
