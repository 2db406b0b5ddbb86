/**
 * The building blocks of the document schema: ids, dates, the framework's enums and text fields.
 * The phases' parts are in schema-preparation.ts, schema-implementation.ts and schema-evaluation.ts;
 * document.ts puts them together.
 */
import { z } from 'zod';
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

/** A text field, empty by default. */
export const text = (max = 20_000) => z.string().max(max).default('');
/** A short text field (500). */
export const shortText = () => text(500);

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
export type Direction = z.infer<typeof Direction>;
