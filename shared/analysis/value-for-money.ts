/**
 * Value for money (issue 18): spending against the plan, and the cost per unit of the main outcome
 * indicators, e.g. euros per extra person in work = spent / (last value − baseline), the change
 * counted in the indicator's good direction. The plan is the preferred option's costs as frozen
 * (as they stand when nothing was frozen). Pure: the process step and the report read the same figures.
 */
import type { AssessmentDocument, Indicator } from '../model/document';
import type { CostBasis, CostLine } from '../model/process-choices';
import type { ProcessEvaluation } from '../model/schema-process';
import { frozenView } from '../model/freeze';
import { expectationsOf, marginOf } from './grade';
import { latestByIndicator } from './measurements';

/** The process evaluation of a document, empty when none was recorded yet. */
export function processOf(doc: AssessmentDocument): ProcessEvaluation {
  return (
    doc.evaluation.process ?? {
      activities: [],
      reach: [],
      spent: { oneOff: null, yearly: null, years: null, note: '' },
      mainIndicators: [],
      helped: '',
      hindered: '',
      support: null,
      supportReason: '',
      citizensInvolved: '',
      citizensChanged: '',
    }
  );
}

/** The ex-ante part the plan comes from: the frozen snapshot when there is one, else the preparation as it stands. */
export function plannedPreparation(doc: AssessmentDocument): AssessmentDocument['preparation'] {
  return frozenView(doc, false)?.preparation ?? doc.preparation;
}

/** The preferred option as planned (frozen), when one is preferred and it is no zero option. */
export function plannedOption(doc: AssessmentDocument) {
  const p = plannedPreparation(doc);
  return p.options.find((o) => o.id === p.preferredOptionId && !o.isZeroOption) ?? null;
}

/** One cost line: planned against spent. */
export interface CostLineResult {
  line: CostLine;
  /** The planned amount for the whole period (yearly: per year × years), null when unknown. */
  planned: number | null;
  /** Planned per year (yearly line only). */
  perYear: number | null;
  /** How many years the yearly costs ran (yearly line only). */
  years: number | null;
  spent: number | null;
  difference: number | null;
  /** Difference as a percentage of the plan; null when the plan is unknown or zero. */
  percent: number | null;
}

/** Spending against the plan, per line and in total. */
export interface SpendingResult {
  lines: CostLineResult[];
  planned: number | null;
  spent: number | null;
  difference: number | null;
  percent: number | null;
}

const sum = (xs: (number | null)[]): number | null => {
  const known = xs.filter((x): x is number => x !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
};

/** Difference and percentage of a planned and a spent amount (pure). */
export function against(planned: number | null, spent: number | null): { difference: number | null; percent: number | null } {
  if (planned === null || spent === null) return { difference: null, percent: null };
  const difference = spent - planned;
  const percent = planned > 0 && Number.isFinite(difference / planned) ? (difference / planned) * 100 : null;
  return { difference, percent };
}

/** Spending against plan from the planned costs and the spent amounts (pure). */
export function spendingAgainstPlan(
  costs: { oneOff: number | null; yearly: number | null } | null,
  spent: ProcessEvaluation['spent'],
): SpendingResult {
  const perYear = costs?.yearly ?? null;
  const yearlyPlanned = perYear !== null && spent.years !== null ? perYear * spent.years : null;
  const line = (l: CostLine, planned: number | null, s: number | null, py: number | null): CostLineResult => ({
    line: l,
    planned,
    perYear: py,
    years: l === 'yearly' ? spent.years : null,
    spent: s,
    ...against(planned, s),
  });
  const lines = [line('oneOff', costs?.oneOff ?? null, spent.oneOff, null), line('yearly', yearlyPlanned, spent.yearly, perYear)];
  const planned = sum(lines.map((l) => l.planned));
  const total = sum(lines.map((l) => l.spent));
  return { lines, planned, spent: total, ...against(planned, total) };
}

/** The document's spending against its plan. */
export function spendingOf(doc: AssessmentDocument): SpendingResult {
  return spendingAgainstPlan(plannedOption(doc)?.costs ?? null, processOf(doc).spent);
}

/** Why there is no cost per unit. */
export type NoUnitCost = 'no-baseline' | 'no-value' | 'no-spending' | 'no-change' | 'worse' | 'not-computable';

/** A cost per unit, or why there is none. */
export type UnitCost = { cost: number; change: number; reason: null } | { cost: null; change: number | null; reason: NoUnitCost };

/**
 * The cost per unit of change (pure): spent / change, with change = (last − baseline) in the good
 * direction. No cost per unit when a figure is missing, when the change is within the margin
 * (`margin`, in the indicator's unit) or zero, when it went the wrong way, or when the result is no
 * finite number.
 */
export function costPerUnit(
  spent: number | null,
  baseline: number | null,
  last: number | null,
  goodDirection: Indicator['goodDirection'],
  margin = 0,
): UnitCost {
  if (baseline === null || !Number.isFinite(baseline)) return { cost: null, change: null, reason: 'no-baseline' };
  if (last === null || !Number.isFinite(last)) return { cost: null, change: null, reason: 'no-value' };
  const change = (last - baseline) * (goodDirection === 'up' ? 1 : -1);
  if (!Number.isFinite(change)) return { cost: null, change: null, reason: 'not-computable' };
  if (change < -margin) return { cost: null, change, reason: 'worse' };
  if (change <= margin || change === 0) return { cost: null, change, reason: 'no-change' };
  if (spent === null) return { cost: null, change, reason: 'no-spending' };
  const cost = spent / change;
  if (!Number.isFinite(cost)) return { cost: null, change, reason: 'not-computable' };
  return { cost, change, reason: null };
}

/** How firmly the change on an indicator's theme can be attributed to the policy. */
export type Attribution = 'weak' | 'medium' | 'high';

/**
 * The best contribution confidence among the realised effects of the preferred option on a theme:
 * weak when none is medium or high (low, unknown, or nothing realised recorded).
 */
export function attributionOf(doc: AssessmentDocument, theme: Indicator['theme']): Attribution {
  const p = plannedPreparation(doc);
  const effects = new Set(p.effects.filter((e) => e.optionId === p.preferredOptionId && e.theme === theme).map((e) => e.id));
  const levels = doc.evaluation.realisedEffects.filter((r) => effects.has(r.effectId)).map((r) => r.contributionConfidence);
  if (levels.includes('high')) return 'high';
  return levels.includes('medium') ? 'medium' : 'weak';
}

/** One main outcome indicator's value for money. */
export interface IndicatorValue {
  indicator: Indicator;
  basis: CostBasis;
  spent: number | null;
  baseline: number | null;
  last: number | null;
  unit: UnitCost;
  attribution: Attribution;
}

/** The cost per unit of each main outcome indicator the evaluator picked (unknown indicators are skipped). */
export function valueForMoney(doc: AssessmentDocument): { spending: SpendingResult; indicators: IndicatorValue[] } {
  const spending = spendingOf(doc);
  const latest = latestByIndicator(doc.implementation.measurements);
  const frozen = doc.implementation.frozen?.indicators ?? null;
  const indicators = processOf(doc).mainIndicators.flatMap((m) => {
    const indicator = doc.preparation.indicators.find((i) => i.id === m.indicatorId);
    if (!indicator) return [];
    const final = doc.evaluation.finalValues.find((f) => f.indicatorId === indicator.id);
    const last = final?.value ?? latest.get(indicator.id)?.value ?? null;
    const baseline = expectationsOf(indicator, frozen).original.baseline?.value ?? null;
    const spent = m.basis === 'total' ? spending.spent : (spending.lines.find((l) => l.line === m.basis)?.spent ?? null);
    const margin = marginOf(indicator.margin, indicator.unit, last);
    return [
      {
        indicator,
        basis: m.basis,
        spent,
        baseline,
        last,
        unit: costPerUnit(spent, baseline, last, indicator.goodDirection, margin),
        attribution: attributionOf(doc, indicator.theme),
      },
    ];
  });
  return { spending, indicators };
}
