/** The ex-ante part of the document: context, theory of change, options, effects, spill-overs, indicators, perceived outcomes. */
import { z } from 'zod';
import { finiteNumber, nonNegativeNumber } from './number';
import {
  Confidence,
  CostQuality,
  Direction,
  Frequency,
  GoodDirection,
  IndicatorKind,
  IsoDate,
  ItemId,
  Level,
  Phase,
  ScaleLevel,
  Sign,
  Strength,
  ThemeId,
  TimeLag,
  shortText,
  text,
} from './schema-base';
import { supportExAnteFields } from './schema-process';
import { CustomGroup, effectV3Fields, optionV3Fields } from './tradeoff';
import { changeStepLinkFields, effectTocFields } from './toc-links';
import { effectLimitsFields } from './schema-limits';

export const Context = z.object({
  title: z.string().max(300),
  organisation: shortText(),
  area: z.object({ name: shortText(), scale: ScaleLevel.nullable().default(null) }).default({ name: '', scale: null }),
  owner: shortText(),
  policyDomain: shortText(),
  startDate: IsoDate.nullable().default(null),
  endDate: IsoDate.nullable().default(null),
  relatedProgrammes: text(),
  phase: Phase.default('preparation'),
  language: z.enum(['nl', 'en']).default('nl'),
  author: shortText(),
  version: z.string().max(50).default('0.1'),
});

export const ChangeStep = z.object({ id: ItemId, text: text(2000), assumption: text(2000), ...changeStepLinkFields });
export const TheoryOfChange = z.object({
  activities: z.array(ChangeStep).default([]),
  outputs: z.array(ChangeStep).default([]),
  outcomes: z.array(ChangeStep).default([]),
  impacts: z.array(ChangeStep).default([]),
});

export const PolicyOption = z.object({
  id: ItemId,
  name: z.string().max(300),
  description: text(),
  isZeroOption: z.boolean().default(false),
  ...optionV3Fields,
});

/** An expected effect of an option on a theme, several per theme allowed; the zero option's describe the development without new policy. */
export const Effect = z.object({
  id: ItemId,
  optionId: ItemId,
  theme: ThemeId,
  direction: Direction.nullable().default(null),
  confidence: Confidence.nullable().default(null),
  lag: TimeLag.nullable().default(null),
  level: Level.nullable().default(null),
  scale: ScaleLevel.nullable().default(null),
  gains: text(2000),
  loses: text(2000),
  rationale: text(),
  evidence: text(),
  ...effectV3Fields,
  ...effectTocFields,
  ...effectLimitsFields,
});

/** A cross-domain link: promoting theme `from` helps or hurts theme `to`. */
export const Spillover = z.object({
  id: ItemId,
  from: ThemeId,
  to: ThemeId,
  sign: Sign,
  strength: Strength,
  explanation: text(),
});

export const ValueAtYear = z.object({ value: finiteNumber(), year: z.number().int().min(1900).max(2200) });

/** An indicator's margin of error: absolute (in its unit), or a survey's sample size. */
export const IndicatorMargin = z.union([
  z.object({ kind: z.literal('absolute'), value: nonNegativeNumber() }),
  z.object({ kind: z.literal('sample'), n: z.number().int().positive() }),
]);
export type IndicatorMargin = z.infer<typeof IndicatorMargin>;

export const Indicator = z.object({
  id: ItemId,
  catalogueId: z.string().max(100).nullable().default(null),
  name: z.string().max(300),
  definition: text(),
  theme: ThemeId,
  unit: z.string().max(100).default(''),
  goodDirection: GoodDirection,
  kind: IndicatorKind,
  source: shortText(),
  scale: ScaleLevel.nullable().default(null),
  level: Level.nullable().default(null),
  baseline: ValueAtYear.nullable().default(null),
  target: ValueAtYear.nullable().default(null),
  frequency: Frequency.nullable().default(null),
  dataCost: CostQuality.nullable().default(null),
  dataQuality: CostQuality.nullable().default(null),
  owner: shortText(),
  /**
   * The margin of error of a measurement (optional): an absolute value in the indicator's unit, or
   * the sample size n of a survey, from which a 95 % margin is computed for percentages
   * (shared/analysis/grade.ts, `marginOf`). Changes within the margin count as no change.
   */
  margin: IndicatorMargin.nullable().optional(),
});

/** What citizens should notice, and how that perception is measured. */
export const PerceivedOutcome = z.object({
  id: ItemId,
  description: text(2000),
  measurement: text(2000),
  theme: ThemeId.nullable().default(null),
  indicatorId: ItemId.nullable().default(null),
});

export const Preparation = z.object({
  problem: text(),
  targetGroups: text(),
  citizenValues: text(),
  citizenInvolvement: text(),
  ambition: text(),
  ambitionScale: ScaleLevel.nullable().default(null),
  theoryOfChange: TheoryOfChange.default({ activities: [], outputs: [], outcomes: [], impacts: [] }),
  options: z.array(PolicyOption).default([]),
  preferredOptionId: ItemId.nullable().default(null),
  /** Why the preferred option is preferred. */
  preferredReason: text(),
  /** Groups the document adds to the standard list (GROUPS). */
  groups: z.array(CustomGroup).max(100).default([]),
  effects: z.array(Effect).default([]),
  spillovers: z.array(Spillover).default([]),
  indicators: z.array(Indicator).default([]),
  perceivedOutcomes: z.array(PerceivedOutcome).default([]),
  ...supportExAnteFields,
});
export type Context = z.infer<typeof Context>;
export type PolicyOption = z.infer<typeof PolicyOption>;
export type Effect = z.infer<typeof Effect>;
export type Spillover = z.infer<typeof Spillover>;
export type Indicator = z.infer<typeof Indicator>;
export type PerceivedOutcome = z.infer<typeof PerceivedOutcome>;
export type ChangeStep = z.infer<typeof ChangeStep>;
