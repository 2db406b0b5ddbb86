/**
 * Each indicator's result: its final value graded against the target as frozen (first) and, when
 * it was adjusted since, against the adjusted one (second). The results step, the report and the
 * CSV read this, so the grade is the same everywhere.
 */
import type { AssessmentDocument, Indicator } from '../model/document';
import { expectationsOf, gradeValue, type Expectation, type GradeResult } from './grade';

export interface IndicatorResult {
  indicator: Indicator;
  final: AssessmentDocument['evaluation']['finalValues'][number] | null;
  /** The expectation as frozen (or as it stands, when nothing was frozen). */
  original: Expectation;
  originalGrade: GradeResult;
  /** Whether `original` comes from the frozen expectations. */
  frozen: boolean;
  /** The adjusted expectation and its grade, only when it differs from the frozen one. */
  adjusted: Expectation | null;
  adjustedGrade: GradeResult | null;
}

/** One indicator's result. */
export function indicatorResult(doc: AssessmentDocument, indicator: Indicator): IndicatorResult {
  const final = doc.evaluation.finalValues.find((f) => f.indicatorId === indicator.id) ?? null;
  const frozenList = doc.implementation.frozen?.indicators ?? null;
  const { original, adjusted } = expectationsOf(indicator, frozenList);
  const value = final?.value ?? null;
  return {
    indicator,
    final,
    original,
    originalGrade: gradeValue(original, value),
    frozen: !!frozenList?.some((i) => i.id === indicator.id),
    adjusted,
    adjustedGrade: adjusted ? gradeValue(adjusted, value) : null,
  };
}

/** Every indicator's result, in the document's order. */
export function indicatorResults(doc: AssessmentDocument): IndicatorResult[] {
  return doc.preparation.indicators.map((i) => indicatorResult(doc, i));
}

/** The results of the indicators that measure a theme (for the expected-versus-realised comparison). */
export function themeResults(doc: AssessmentDocument, theme: Indicator['theme']): IndicatorResult[] {
  return doc.preparation.indicators.filter((i) => i.theme === theme).map((i) => indicatorResult(doc, i));
}
