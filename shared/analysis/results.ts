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

/** What indicatorResult looks up per indicator, for all indicators at once (a ×10 document has 1,500). */
export interface ResultsIndex {
  finals: Map<string, IndicatorResult['final'] & {}>;
  /** The frozen indicators by id; null when nothing was frozen. */
  frozen: Map<string, Indicator> | null;
}

export function resultsIndex(doc: AssessmentDocument): ResultsIndex {
  const frozenList = doc.implementation.frozen?.indicators ?? null;
  return {
    finals: new Map(doc.evaluation.finalValues.map((f) => [f.indicatorId, f])),
    frozen: frozenList ? new Map(frozenList.map((i) => [i.id, i])) : null,
  };
}

/** One indicator's result. Callers that ask for many indicators pass one `resultsIndex(doc)`. */
export function indicatorResult(doc: AssessmentDocument, indicator: Indicator, index?: ResultsIndex): IndicatorResult {
  const final = index
    ? (index.finals.get(indicator.id) ?? null)
    : (doc.evaluation.finalValues.find((f) => f.indicatorId === indicator.id) ?? null);
  const frozenList = doc.implementation.frozen?.indicators ?? null;
  const then = index ? (index.frozen?.get(indicator.id) ?? null) : (frozenList?.find((i) => i.id === indicator.id) ?? null);
  const { original, adjusted } = expectationsOf(indicator, then ? [then] : frozenList && []);
  const value = final?.value ?? null;
  return {
    indicator,
    final,
    original,
    originalGrade: gradeValue(original, value),
    frozen: !!then,
    adjusted,
    adjustedGrade: adjusted ? gradeValue(adjusted, value) : null,
  };
}

/** Every indicator's result, in the document's order. */
export function indicatorResults(doc: AssessmentDocument): IndicatorResult[] {
  const index = resultsIndex(doc);
  return doc.preparation.indicators.map((i) => indicatorResult(doc, i, index));
}

/** The results of the indicators that measure a theme (for the expected-versus-realised comparison). */
export function themeResults(doc: AssessmentDocument, theme: Indicator['theme']): IndicatorResult[] {
  return doc.preparation.indicators.filter((i) => i.theme === theme).map((i) => indicatorResult(doc, i));
}
