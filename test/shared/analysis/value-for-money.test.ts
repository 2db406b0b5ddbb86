import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translatorOf } from '../../../shared/report/format';
import {
  against,
  attributionOf,
  costPerUnit,
  processOf,
  spendingAgainstPlan,
  valueForMoney,
} from '../../../shared/analysis/value-for-money';
import { totalsText, unitCostWords } from '../../../shared/analysis/value-for-money-words';
import { AssessmentDocument } from '../../../shared/model/document';
import { freezeRecord, frozenView } from '../../../shared/model/freeze';
import { parseDocumentBytes } from '../../../shared/model/load';
import { completeDocument } from './build';
import { realised } from './rules/fixtures';

const spent = (fields: Partial<ReturnType<typeof processOf>['spent']> = {}) => ({
  oneOff: null,
  yearly: null,
  years: null,
  note: '',
  ...fields,
});

describe('cost per unit of change', () => {
  it('divides spending by the change in the good direction', () => {
    expect(costPerUnit(2_100_000, 40, 182, 'up')).toEqual({ cost: 2_100_000 / 142, change: 142, reason: null });
    // Down is good: 17.5 % → 16.8 % is an improvement of 0.7 percentage point.
    const down = costPerUnit(700_000, 17.5, 16.8, 'down');
    expect(down.reason).toBeNull();
    expect(down.cost).toBeCloseTo(1_000_000, 3);
  });

  it('gives no cost per unit for zero change, a change within the margin, or the wrong way, and says which', () => {
    expect(costPerUnit(1000, 50, 50, 'up')).toEqual({ cost: null, change: 0, reason: 'no-change' });
    expect(costPerUnit(1000, 50, 51, 'up', 2)).toEqual({ cost: null, change: 1, reason: 'no-change' });
    expect(costPerUnit(1000, 50, 45, 'up')).toEqual({ cost: null, change: -5, reason: 'worse' });
    expect(costPerUnit(1000, 180, 190, 'down')).toEqual({ cost: null, change: -10, reason: 'worse' });
    // A fall within the margin is no change, not "worse".
    expect(costPerUnit(1000, 50, 49.5, 'up', 1).reason).toBe('no-change');
  });

  it('names what is missing: baseline, last value, spending', () => {
    expect(costPerUnit(1000, null, 60, 'up').reason).toBe('no-baseline');
    expect(costPerUnit(1000, 50, null, 'up').reason).toBe('no-value');
    expect(costPerUnit(null, 50, 60, 'up')).toEqual({ cost: null, change: 10, reason: 'no-spending' });
  });

  it('stays finite on hostile numbers', () => {
    expect(costPerUnit(1e15, 0, 1e-300, 'up').reason).toBe('not-computable');
    expect(costPerUnit(1e15, -1e15, 1e15, 'up')).toEqual({ cost: 0.5, change: 2e15, reason: null });
    expect(costPerUnit(1e15, 1e15, -1e15, 'down')).toEqual({ cost: 0.5, change: 2e15, reason: null });
    expect(costPerUnit(1000, Number.NaN, 5, 'up').reason).toBe('no-baseline');
    expect(costPerUnit(1000, 5, Number.POSITIVE_INFINITY, 'up').reason).toBe('no-value');
    expect(costPerUnit(0, 10, 20, 'up')).toEqual({ cost: 0, change: 10, reason: null });
  });
});

describe('spending against plan', () => {
  it('per line and in total, with difference and percentage; yearly planned is per year × years', () => {
    const s = spendingAgainstPlan({ oneOff: 6_400_000, yearly: 525_000 }, spent({ oneOff: 7_000_000, yearly: 2_240_000, years: 4 }));
    expect(s.lines[0]).toMatchObject({ line: 'oneOff', planned: 6_400_000, spent: 7_000_000, difference: 600_000, percent: 9.375 });
    expect(s.lines[1]).toMatchObject({
      line: 'yearly',
      planned: 2_100_000,
      perYear: 525_000,
      years: 4,
      spent: 2_240_000,
      difference: 140_000,
    });
    expect(s.planned).toBe(8_500_000);
    expect(s.spent).toBe(9_240_000);
    expect(s.difference).toBe(740_000);
    expect(s.percent).toBeCloseTo(8.7059, 3);
  });

  it('leaves what cannot be known unknown: no plan, no years, a plan of zero', () => {
    const none = spendingAgainstPlan(null, spent({ oneOff: 10 }));
    expect(none.planned).toBeNull();
    expect(none.difference).toBeNull();
    const noYears = spendingAgainstPlan({ oneOff: null, yearly: 100 }, spent({ yearly: 300 }));
    expect(noYears.lines[1]).toMatchObject({ planned: null, perYear: 100, difference: null });
    expect(against(0, 50)).toEqual({ difference: 50, percent: null });
    expect(against(1e15, 0)).toEqual({ difference: -1e15, percent: -100 });
  });

  it('says so in words when the difference cannot be computed', () => {
    const t = translatorOf('nl');
    expect(totalsText(spendingAgainstPlan(null, spent({ oneOff: 10 })), t, 'nl')).toMatch(/niet te berekenen/);
    const en = totalsText(spendingAgainstPlan({ oneOff: 100, yearly: null }, spent({ oneOff: 110 })), translatorOf('en'), 'en');
    expect(en).toBe('Planned €100, spent €110: difference + €10 (+10 %).');
  });
});

describe('value for money of a document', () => {
  function doc() {
    const d = completeDocument();
    d.preparation.options[0]!.costs = { oneOff: 100_000, yearly: 50_000, period: '', payer: '' };
    d.preparation.indicators[0]!.baseline = { value: 40, year: 2023 };
    d.implementation.frozen = freezeRecord(d, { by: 'A', at: '2026-02-01T00:00:00.000Z' });
    d.context.phase = 'evaluation';
    d.evaluation.finalValues = [{ indicatorId: 'i1', value: 90, date: '2027-12-31', note: '' }];
    d.evaluation.process = { ...structuredClone(processOf(d)), spent: spent({ oneOff: 100_000, yearly: 150_000, years: 3 }) };
    d.evaluation.process.mainIndicators = [
      { indicatorId: 'i1', basis: 'yearly' },
      { indicatorId: 'gone', basis: 'total' },
    ];
    return d;
  }

  it('uses the frozen baseline and costs, the final value, and the chosen basis; skips indicators that are gone', () => {
    const d = doc();
    d.preparation.indicators[0]!.baseline = { value: 10, year: 2023 }; // changed after the freeze: the frozen 40 counts
    d.preparation.options[0]!.costs.oneOff = 1; // likewise
    const { spending, indicators } = valueForMoney(d);
    expect(spending.planned).toBe(250_000);
    expect(indicators).toHaveLength(1);
    expect(indicators[0]).toMatchObject({ baseline: 40, last: 90, spent: 150_000, unit: { cost: 3000, change: 50, reason: null } });
  });

  it('falls back on the last measurement when there is no final value', () => {
    const d = doc();
    d.evaluation.finalValues = [];
    d.implementation.measurements = [
      { id: 'm1', indicatorId: 'i1', date: '2025-01-01', value: 45, source: '', note: '', comparison: null },
      { id: 'm2', indicatorId: 'i1', date: '2026-01-01', value: 55, source: '', note: '', comparison: null },
    ];
    expect(valueForMoney(d).indicators[0]!.unit).toEqual({ cost: 10_000, change: 15, reason: null });
  });

  it('calls attribution weak unless a realised effect on the theme has medium or high contribution confidence', () => {
    const d = doc();
    expect(attributionOf(d, 'arbeid-en-vrije-tijd')).toBe('weak');
    d.evaluation.realisedEffects = [realised({ contributionConfidence: 'low' })];
    expect(attributionOf(d, 'arbeid-en-vrije-tijd')).toBe('weak');
    const t = translatorOf('nl');
    expect(unitCostWords(valueForMoney(d).indicators[0]!, t, 'nl').caveat).toMatch(/onzeker.*ondergrens/);
    d.evaluation.realisedEffects = [
      realised({ contributionConfidence: 'medium' }),
      realised({ effectId: 'e2', contributionConfidence: 'high' }),
    ];
    expect(attributionOf(d, 'arbeid-en-vrije-tijd')).toBe('medium');
    d.evaluation.realisedEffects = [realised({ contributionConfidence: null })];
    expect(attributionOf(d, 'arbeid-en-vrije-tijd')).toBe('weak');
  });

  it('says why there is no cost per unit when the change is negative, and gives no caveat then', () => {
    const d = doc();
    d.evaluation.finalValues[0]!.value = 30;
    const w = unitCostWords(valueForMoney(d).indicators[0]!, translatorOf('en'), 'en');
    expect(w.cost).toBe('No cost per unit: the indicator went the wrong way; a cost per unit of improvement would mean nothing.');
    expect(w.caveat).toBe('');
  });
});

describe('older files', () => {
  it('load without a process evaluation and without the ex-ante fields; a freeze made before them stays intact', () => {
    const d0 = completeDocument();
    d0.implementation.frozen = freezeRecord(d0, { by: 'A', at: '2026-02-01T00:00:00.000Z' });
    const raw = JSON.parse(JSON.stringify(d0));
    expect(raw.evaluation.process).toBeUndefined();
    const d = AssessmentDocument.parse(raw);
    expect(d.evaluation.process).toBeUndefined();
    expect(d.preparation.otherChoicesExAnte).toBeUndefined();
    expect(frozenView(d)?.intact).toBe(true);
    expect(processOf(d).spent).toEqual(spent());
    expect(valueForMoney(d)).toMatchObject({ indicators: [], spending: { spent: null, difference: null } });
  });

  it('the sample loads with its process evaluation, and its freeze is intact', () => {
    const { document: d } = parseDocumentBytes(readFileSync('assets/examples/medtech-heerlen.json'));
    expect(frozenView(d)?.intact).toBe(true);
    expect(d.preparation.otherChoicesExAnte).toMatch(/\w/);
    expect(d.evaluation.process?.activities.length).toBe(3);
    const [work] = valueForMoney(d).indicators;
    expect(work?.unit.reason).toBeNull();
  });
});
