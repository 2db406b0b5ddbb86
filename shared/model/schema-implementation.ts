/** The monitoring part of the document: the frozen expectations, measurements, citizen signals and adjustments. */
import { z } from 'zod';
import { finiteNumber } from './number';
import { IsoDate, ItemId, ThemeId, Timestamp, shortText, text } from './schema-base';
import { Context, Effect, Indicator, Preparation } from './schema-preparation';

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
export type Measurement = z.infer<typeof Measurement>;
