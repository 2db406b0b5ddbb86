/** The ex-post part of the document: final values, realised and unintended effects, perceived results, distribution, conclusions. */
import { z } from 'zod';
import { finiteNumber } from './number';
import {
  Confidence,
  Direction,
  Inequality,
  IsoDate,
  ItemId,
  Noticed,
  Recommendation,
  ThemeId,
  TimeLag,
  shortText,
  text,
} from './schema-base';
import { processFields } from './schema-process';
import { evaluationLimitsFields, realisedLimitsFields, unintendedLimitsFields } from './schema-limits';

export const RealisedEffect = z.object({
  effectId: ItemId,
  direction: Direction.nullable().default(null),
  evidence: text(),
  contributionConfidence: Confidence.nullable().default(null),
  contributionArgument: text(),
  lag: TimeLag.nullable().default(null),
  ...realisedLimitsFields,
});

export const UnintendedEffect = z.object({
  id: ItemId,
  theme: ThemeId,
  direction: Direction,
  description: text(4000),
  evidence: text(4000),
  spilloverFrom: ThemeId.nullable().default(null),
  ...unintendedLimitsFields,
});

export const PerceivedResult = z.object({
  perceivedOutcomeId: ItemId,
  result: text(4000),
  source: shortText(),
  noticed: Noticed.default('unknown'),
});

export const Evaluation = z.object({
  finalValues: z.array(z.object({ indicatorId: ItemId, value: finiteNumber(), date: IsoDate, note: text(2000) })).default([]),
  realisedEffects: z.array(RealisedEffect).default([]),
  unintendedEffects: z.array(UnintendedEffect).default([]),
  perceivedResults: z.array(PerceivedResult).default([]),
  distribution: z
    .object({
      gainers: text(4000),
      losers: text(4000),
      inequality: Inequality.default('unknown'),
      explanation: text(4000),
    })
    .default({ gainers: '', losers: '', inequality: 'unknown', explanation: '' }),
  lessons: text(),
  recommendation: Recommendation.nullable().default(null),
  recommendationReason: text(),
  otherChoices: text(),
  ...processFields,
  ...evaluationLimitsFields,
});
export type RealisedEffect = z.infer<typeof RealisedEffect>;
