/**
 * The options side by side, relative to the zero option. The zero option's effects describe the
 * expected development without new policy (the reference); every other option's effects are its
 * difference from that reference, so the zero option itself scores 0 everywhere and never helps or
 * harms. Ordinal directions are counted (+, −, 0) and bounded (min, max), never averaged.
 */
import { DIMENSION_IDS, dimensionOf, THEME_IDS } from '../framework/framework';
import type { DimensionId, ThemeId } from '../framework/types';
import type { AssessmentDocument, Effect, PolicyOption } from '../model/document';

/** The zero option (the reference), if the document has one. */
export function zeroOption(doc: AssessmentDocument): PolicyOption | undefined {
  return doc.preparation.options.find((o) => o.isZeroOption);
}

/** Whether an option is the reference rather than a policy. */
export function isZero(doc: AssessmentDocument, optionId: string): boolean {
  return doc.preparation.options.some((o) => o.id === optionId && o.isZeroOption);
}

/** The options that are policies: every option but the zero option, in their order. */
export function policyOptions(doc: AssessmentDocument): PolicyOption[] {
  return doc.preparation.options.filter((o) => !o.isZeroOption);
}

/** The preferred option, when one is chosen and it is a policy (preferring to do nothing is no policy to score). */
export function preferredOption(doc: AssessmentDocument): PolicyOption | undefined {
  return policyOptions(doc).find((o) => o.id === doc.preparation.preferredOptionId);
}

/** An option's effects with a direction, in theme order; `withNotQuantified`: also those marked not quantified (shown, never scored). */
export function effectsOf(doc: AssessmentDocument, optionId: string, withNotQuantified = false): Effect[] {
  return doc.preparation.effects
    .filter((e) => e.optionId === optionId && (e.direction !== null || (withNotQuantified && !!e.notQuantified)))
    .sort((a, b) => THEME_IDS.indexOf(a.theme) - THEME_IDS.indexOf(b.theme));
}

/** How an option scores on one dimension, relative to the zero option. */
export interface DimensionScore {
  dimension: DimensionId;
  plus: number;
  minus: number;
  zero: number;
  /** The lowest and highest direction among its effects; null when it has none. */
  min: number | null;
  max: number | null;
  /** The sum of the directions: used only to test whether a ranking can turn, never shown as a score. */
  balance: number;
}

function score(dimension: DimensionId, directions: number[]): DimensionScore {
  return {
    dimension,
    plus: directions.filter((d) => d > 0).length,
    minus: directions.filter((d) => d < 0).length,
    zero: directions.filter((d) => d === 0).length,
    min: directions.length ? directions.reduce((a, b) => Math.min(a, b)) : null,
    max: directions.length ? directions.reduce((a, b) => Math.max(a, b)) : null,
    balance: directions.reduce((a, b) => a + b, 0),
  };
}

/**
 * Per dimension, how an option scores relative to the zero option: its own effects, since they are
 * entered as differences from the reference. The zero option scores 0 on every dimension.
 */
export function relativeScores(doc: AssessmentDocument, optionId: string): DimensionScore[] {
  if (isZero(doc, optionId)) return DIMENSION_IDS.map((d) => score(d, []));
  const effects = effectsOf(doc, optionId);
  return DIMENSION_IDS.map((d) =>
    score(
      d,
      effects.filter((e) => dimensionOf(e.theme) === d).map((e) => e.direction!),
    ),
  );
}

/** One theme of the side-by-side table: the reference's entries and each policy option's entries. */
export interface ThemeRow {
  theme: ThemeId;
  reference: Effect[];
  cells: { optionId: string; effects: Effect[] }[];
}

/** The themes any option (or the reference) speaks about, each with every option's entries. */
export function sideBySide(doc: AssessmentDocument, optionIds = policyOptions(doc).map((o) => o.id)): ThemeRow[] {
  const zero = zeroOption(doc);
  const reference = zero ? effectsOf(doc, zero.id, true) : [];
  const perOption = optionIds.map((id) => ({ optionId: id, effects: effectsOf(doc, id, true) }));
  return THEME_IDS.map((theme) => ({
    theme,
    reference: reference.filter((e) => e.theme === theme),
    cells: perOption.map((o) => ({ optionId: o.optionId, effects: o.effects.filter((e) => e.theme === theme) })),
  })).filter((row) => row.reference.length > 0 || row.cells.some((c) => c.effects.length > 0));
}
