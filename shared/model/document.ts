/**
 * The assessment document: one JSON file carries a policy through preparation, implementation
 * and evaluation, so that what was expected ex ante is the same object that is monitored and
 * evaluated ex post. Items that others refer to (options, effects, indicators, …) have stable ids.
 */
import { z } from 'zod';
import { finiteNumber, nonNegativeNumber } from './number';
import {
  CONFIDENCES,
  COST_QUALITIES,
  DIRECTIONS,
  FREQUENCIES,
  GOOD_DIRECTIONS,
  INDICATOR_KINDS,
  INEQUALITIES,
  NOTICED,
  RECOMMENDATIONS,
  SIGNS,
  STRENGTHS,
  TIME_LAGS,
} from './choices';
import { LEVEL_IDS, SCALE_IDS, THEME_IDS } from '../framework/framework';
import { isReservedName } from './file-name';
import { CustomGroup, effectV3Fields, optionV3Fields } from './tradeoff';

/** The schema version this build writes. */
export const SCHEMA_VERSION = 3;

/** The alphabet of document ids (before the reserved device names are ruled out). */
export const DOCUMENT_ID_PATTERN = /^[a-z0-9][a-z0-9-]{2,63}$/;

/**
 * Ids name files and link items: a strict alphabet keeps them from ever being a path
 * ("../x", "a/b") and keeps links readable; names Windows reserves ("con", "nul") are not ids.
 */
export const DocumentId = z
  .string()
  .regex(DOCUMENT_ID_PATTERN, 'Ongeldige id (alleen a-z, 0-9 en -, 3 tot 64 tekens)')
  .refine((id) => !isReservedName(id), 'Ongeldige id (een naam die Windows reserveert)');
/** Id of an item inside a document. */
export const ItemId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'Ongeldige id');

export const Phase = z.enum(['preparation', 'implementation', 'evaluation']);
export type Phase = z.infer<typeof Phase>;
export const ThemeId = z.enum(THEME_IDS);
export const ScaleLevel = z.enum(SCALE_IDS);
export const Level = z.enum(LEVEL_IDS);
export const Timestamp = z.iso.datetime({ offset: true });
/** A calendar date, yyyy-mm-dd. */
export const IsoDate = z.iso.date();

const text = (max = 20_000) => z.string().max(max).default('');
const shortText = () => text(500);

/** Effect direction on broad prosperity: −2 (strongly negative) … +2 (strongly positive). */
export const Direction = z.literal(DIRECTIONS);
export const Confidence = z.enum(CONFIDENCES);
/** When an effect shows: at once, within 2 years, 2–5 years, after more than 5 years. */
export const TimeLag = z.enum(TIME_LAGS);
/** Whether promoting one theme helps or hurts another. */
export const Sign = z.enum(SIGNS);
/** How strongly one theme affects another: 1 weak … 3 strong. */
export const Strength = z.literal(STRENGTHS);
/** Whether a higher value of an indicator is better or worse. */
export const GoodDirection = z.enum(GOOD_DIRECTIONS);
/** Measured (objective) or perceived (subjective). */
export const IndicatorKind = z.enum(INDICATOR_KINDS);
/** How often an indicator is measured. */
export const Frequency = z.enum(FREQUENCIES);
/** Cost or quality of data: low, medium, high. */
export const CostQuality = z.enum(COST_QUALITIES);
/** Whether citizens noticed an intended outcome. */
export const Noticed = z.enum(NOTICED);
/** Whether inequality went down, stayed, went up. */
export const Inequality = z.enum(INEQUALITIES);
/** The evaluation's recommendation for the policy. */
export const Recommendation = z.enum(RECOMMENDATIONS);

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

export const ChangeStep = z.object({ id: ItemId, text: text(2000), assumption: text(2000) });
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
});

export const Measurement = z.object({
  id: ItemId,
  indicatorId: ItemId,
  date: IsoDate,
  value: finiteNumber(),
  source: shortText(),
  note: text(2000),
  comparison: z
    .object({ area: z.string().max(200), value: finiteNumber() })
    .nullable()
    .default(null),
});

export const CitizenSignal = z.object({
  id: ItemId,
  date: IsoDate,
  source: shortText(),
  observation: text(4000),
  by: shortText(),
  theme: ThemeId.nullable().default(null),
});

/** One field of a frozen expectation changed by an adjustment: which item (null: the preparation itself), which field, from, to. */
export const ExpectationChangeRecord = z.object({
  itemId: ItemId.nullable(),
  field: z.string().max(100),
  from: z.union([z.string().max(20_000), z.number(), z.null()]),
  to: z.union([z.string().max(20_000), z.number(), z.null()]),
});

export const Adjustment = z.object({
  id: ItemId,
  date: IsoDate,
  decision: text(4000),
  reason: text(4000),
  indicatorIds: z.array(ItemId).default([]),
  effectIds: z.array(ItemId).default([]),
  changesAmbition: z.boolean().default(false),
  /** What the decision changed, field by field (recorded by "Bijstellen"); older files: none. */
  changes: z.array(ExpectationChangeRecord).optional(),
});

/**
 * The ex-ante expectations, frozen when the document moves into implementation. `effects`,
 * `indicators` and `ambition` are the frozen copies others compare with; `snapshot` holds the whole
 * ex-ante part as it stood, `hash` its sha-256 (shared/model/freeze.ts). Older files lack the
 * optional fields: what can be derived is derived there.
 */
export const FrozenExpectations = z.object({
  at: Timestamp,
  by: shortText(),
  effects: z.array(Effect),
  indicators: z.array(Indicator),
  ambition: text(),
  /** The date the freeze rests on (the decision date, e.g. 2012-03-12); older files: the day of `at`. */
  date: IsoDate.optional(),
  /** The decision it rests on, e.g. "raadsbesluit 12 maart 2012, nr. 2012/041". */
  decision: z.string().max(2000).optional(),
  snapshot: z.object({ context: Context, preparation: Preparation }).optional(),
  /** sha-256 (hex) of the canonical JSON of { date, by, decision, snapshot }; a file edited elsewhere still loads (and says so). */
  hash: z.string().max(128).optional(),
});

export const Implementation = z.object({
  frozen: FrozenExpectations.nullable().default(null),
  measurements: z.array(Measurement).default([]),
  citizenSignals: z.array(CitizenSignal).default([]),
  adjustments: z.array(Adjustment).default([]),
});

export const RealisedEffect = z.object({
  effectId: ItemId,
  direction: Direction.nullable().default(null),
  evidence: text(),
  contributionConfidence: Confidence.nullable().default(null),
  contributionArgument: text(),
  lag: TimeLag.nullable().default(null),
});

export const UnintendedEffect = z.object({
  id: ItemId,
  theme: ThemeId,
  direction: Direction,
  description: text(4000),
  evidence: text(4000),
  spilloverFrom: ThemeId.nullable().default(null),
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
});

/** The whole assessment. */
export const AssessmentDocument = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: DocumentId,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** Grows with every save; a save based on an older revision is refused (`conflict`). Older files: 0. */
  revision: z.number().int().min(0).optional(),
  context: Context,
  preparation: Preparation.default(() => Preparation.parse({})),
  implementation: Implementation.default(() => Implementation.parse({})),
  evaluation: Evaluation.default(() => Evaluation.parse({})),
});

export type Direction = z.infer<typeof Direction>;
export type AssessmentDocument = z.infer<typeof AssessmentDocument>;
export type Context = z.infer<typeof Context>;
export type PolicyOption = z.infer<typeof PolicyOption>;
export type Effect = z.infer<typeof Effect>;
export type Spillover = z.infer<typeof Spillover>;
export type Indicator = z.infer<typeof Indicator>;
export type PerceivedOutcome = z.infer<typeof PerceivedOutcome>;
export type Measurement = z.infer<typeof Measurement>;
export type RealisedEffect = z.infer<typeof RealisedEffect>;
export type ChangeStep = z.infer<typeof ChangeStep>;

/** What the workspace list shows of a document. */
export const DocumentSummary = z.object({
  id: DocumentId,
  title: z.string(),
  phase: Phase,
  updatedAt: Timestamp,
  /** Share of required parts filled in the current phase, 0…1. */
  progress: z.number().min(0).max(1),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

/** A new, empty document in the preparation phase, with the proposal and the zero option. */
export function newDocument(id: string, title: string, now: string, language: 'nl' | 'en' = 'nl'): AssessmentDocument {
  return AssessmentDocument.parse({
    schemaVersion: SCHEMA_VERSION,
    id,
    createdAt: now,
    updatedAt: now,
    context: { title, language },
    preparation: {
      options: [
        { id: 'option-proposal', name: language === 'nl' ? 'Voorstel' : 'Proposal', isZeroOption: false },
        { id: 'option-zero', name: language === 'nl' ? 'Nuloptie (niets doen)' : 'Zero option (do nothing)', isZeroOption: true },
      ],
      preferredOptionId: 'option-proposal',
    },
  });
}
