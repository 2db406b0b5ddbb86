/**
 * The parts of the document that make the political trade-off decision-grade (schema v3): where an
 * effect lands and for whom, how much and how long; per option its costs, feasibility and risks.
 * Kept apart from document.ts, which imports them into Effect, PolicyOption and Preparation.
 */
import { z } from 'zod';
import { finiteNumber, nonNegativeNumber } from './number';
import { DURATIONS, GROUPS, LEVELS_LMH, REACH_UNITS, WHERES } from './choices';

const ItemId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'Ongeldige id');
const text = (max: number) => z.string().max(max).default('');

export const Where = z.enum(WHERES);
export const Duration = z.enum(DURATIONS);
export const ReachUnit = z.enum(REACH_UNITS);
export const LowMediumHigh = z.enum(LEVELS_LMH);
/** A group an effect names: one of GROUPS or the id of one of the document's own groups. */
export const GroupRef = ItemId;

/** The fields schema v3 adds to an effect; all defaulted so a v2 effect parses. */
export const effectV3Fields = {
  where: Where.default('area'),
  groups: z.array(GroupRef).max(50).default([]),
  /** About how many people or households. */
  reach: nonNegativeNumber().nullable().default(null),
  reachUnit: ReachUnit.default('people'),
  /** How much, in words. */
  size: text(500),
  /** How much, as a number with a unit. */
  sizeValue: finiteNumber().nullable().default(null),
  sizeUnit: text(100),
  duration: Duration.nullable().default(null),
};

/** A group the document adds to the standard list. */
export const CustomGroup = z.object({ id: ItemId, name: z.string().max(200) });

/** What an option costs, in euros, and who pays. */
export const Costs = z.object({
  oneOff: nonNegativeNumber().nullable().default(null),
  yearly: nonNegativeNumber().nullable().default(null),
  period: text(200),
  payer: text(500),
});

export const FeasibilityAspect = z.object({ level: LowMediumHigh.nullable().default(null), reason: text(2000) });
const aspect = () => FeasibilityAspect.default({ level: null, reason: '' });
export const Feasibility = z.object({ legal: aspect(), organisational: aspect(), financial: aspect() });
export const FEASIBILITY_ASPECTS = ['legal', 'organisational', 'financial'] as const;

/** One line of an option's risk register. */
export const Risk = z.object({
  id: ItemId,
  risk: text(2000),
  likelihood: LowMediumHigh.nullable().default(null),
  impact: LowMediumHigh.nullable().default(null),
  mitigation: text(2000),
});

/** The fields schema v3 adds to an option. */
export const optionV3Fields = {
  costs: Costs.default({ oneOff: null, yearly: null, period: '', payer: '' }),
  feasibility: Feasibility.default({
    legal: { level: null, reason: '' },
    organisational: { level: null, reason: '' },
    financial: { level: null, reason: '' },
  }),
  risks: z.array(Risk).max(200).default([]),
};

export type Where = z.infer<typeof Where>;
export type CustomGroup = z.infer<typeof CustomGroup>;
export type Costs = z.infer<typeof Costs>;
export type Feasibility = z.infer<typeof Feasibility>;
export type Risk = z.infer<typeof Risk>;
export type GroupId = (typeof GROUPS)[number];
