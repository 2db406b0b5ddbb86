import { describe, expect, it } from 'vitest';
import { documentSignal, indicatorLagYears, indicatorSignal, yearFraction } from '../../../shared/analysis/signal';
import type { Measurement } from '../../../shared/model/document';
import { completeDocument, effect, indicator } from './build';

const m = (date: string, value: number, indicatorId = 'i'): Measurement => ({
  id: `m-${date}`,
  indicatorId,
  date,
  value,
  source: '',
  note: '',
  comparison: null,
});
// Baseline 50 at the start of 2023, target 60 at the end of 2026: four years, 2.5 a year.
const up = indicator({ id: 'i', theme: 'wonen', baseline: { value: 50, year: 2023 }, target: { value: 60, year: 2026 } });
const down = indicator({
  id: 'i',
  theme: 'veiligheid',
  goodDirection: 'down',
  baseline: { value: 20, year: 2023 },
  target: { value: 12, year: 2026 },
});

describe('indicatorSignal', () => {
  it('is no-data without measurements or without a target', () => {
    expect(indicatorSignal(up, []).signal).toBe('no-data');
    expect(indicatorSignal({ ...up, target: null }, [m('2024-12-31', 55)]).signal).toBe('no-data');
    expect(indicatorSignal(up, [m('2024-12-31', 55, 'other')]).signal).toBe('no-data');
  });

  it('is on track when the value keeps pace with the time passed', () => {
    // Half way in time (end of 2024) and half way in value.
    const r = indicatorSignal(up, [m('2023-12-31', 51), m('2024-12-31', 55)]);
    expect(r.signal).toBe('on-track');
    expect(r.achieved).toBeCloseTo(0.5);
    expect(r.expected).toBeCloseTo(0.5, 2);
    expect(r.latest?.value).toBe(55);
  });

  it('is at risk when somewhat behind, off track when far behind or moving away', () => {
    expect(indicatorSignal(up, [m('2024-12-31', 53)]).signal).toBe('at-risk'); // 0.3 of the way at 0.5 of the time
    expect(indicatorSignal(up, [m('2024-12-31', 51)]).signal).toBe('off-track'); // 0.1 at 0.5
    expect(indicatorSignal(up, [m('2024-06-30', 48)]).signal).toBe('off-track'); // moving away
  });

  it('uses the latest measurement by date, not by order of entry', () => {
    expect(indicatorSignal(up, [m('2024-12-31', 55), m('2023-06-30', 49)]).signal).toBe('on-track');
  });

  it('handles a good direction of down', () => {
    expect(indicatorSignal(down, [m('2024-12-31', 16)]).signal).toBe('on-track');
    expect(indicatorSignal(down, [m('2024-12-31', 22)]).signal).toBe('off-track');
  });

  it('judges "hold the level" targets by the good direction', () => {
    const hold = { ...up, baseline: { value: 50, year: 2023 }, target: { value: 50, year: 2026 } };
    expect(indicatorSignal(hold, [m('2024-12-31', 51)]).signal).toBe('on-track');
    expect(indicatorSignal(hold, [m('2024-12-31', 49)]).signal).toBe('off-track');
  });

  it('takes the first measurement as baseline when there is none', () => {
    const noBase = { ...up, baseline: null };
    expect(indicatorSignal(noBase, [m('2024-01-01', 50)]).signal).toBe('no-data');
    expect(indicatorSignal(noBase, [m('2023-01-01', 50), m('2025-01-01', 55)]).signal).toBe('on-track');
  });

  it('counts years as fractions', () => {
    expect(yearFraction('2025-01-01')).toBe(2025);
    expect(yearFraction('2025-07-02')).toBeCloseTo(2025.5, 2);
  });
});

describe('lag-aware signal', () => {
  it('is too early before the lag of the effects has passed, and judges the path from then on', () => {
    // Lag 2 years: the path runs from 2025.0 to 2027.0; a value at 2024.5 is too early, whatever it is.
    expect(indicatorSignal(up, [m('2024-06-30', 48)], { lagYears: 2 }).signal).toBe('too-early');
    const r = indicatorSignal(up, [m('2026-01-01', 55)], { lagYears: 2 });
    expect(r.pathStart).toBe(2025);
    expect(r.expected).toBeCloseTo(0.5, 5);
    expect(r.signal).toBe('on-track');
    // Without the lag the same value at the same date lags behind the straight line (0.75 expected).
    expect(indicatorSignal(up, [m('2026-01-01', 55)]).signal).toBe('at-risk');
  });

  it('takes the shortest declared lag of the preferred option’s effects on the indicator’s theme', () => {
    const d = completeDocument();
    d.preparation.effects = [
      effect({ id: 'a', theme: 'wonen', lag: 'long' }),
      effect({ id: 'b', theme: 'wonen', lag: 'medium' }),
      effect({ id: 'c', theme: 'wonen', lag: 'none', optionId: 'option-zero' }),
      effect({ id: 'd', theme: 'veiligheid', lag: 'none' }),
    ];
    expect(indicatorLagYears(d, up)).toBe(2);
    expect(documentSignal(d, up, [m('2024-06-30', 50)]).signal).toBe('too-early');
    d.preparation.effects = [];
    expect(indicatorLagYears(d, up)).toBe(0);
  });
});

describe('margin of error in the signal', () => {
  it('calls no change within the margin a trend', () => {
    const withMargin = { ...up, margin: { kind: 'absolute' as const, value: 1.5 } };
    // 2023.5: 12.5 % of the time passed; 51 is within ± 1.5 of the baseline → no change, not "at risk".
    expect(indicatorSignal(withMargin, [m('2023-07-02', 51)]).signal).toBe('no-change');
    // Later, with half the way expected, still no change beyond the margin → off track.
    expect(indicatorSignal(withMargin, [m('2025-01-01', 51)]).signal).toBe('off-track');
    // Without a margin the same small rise is judged as a trend.
    expect(indicatorSignal(up, [m('2023-07-02', 51)]).signal).toBe('on-track');
  });

  it('is off track when the value moves against the good direction, even towards a target set that way', () => {
    const wrong = indicator({ id: 'i', theme: 'wonen', baseline: { value: 62, year: 2023 }, target: { value: 55, year: 2026 } });
    expect(indicatorSignal(wrong, [m('2025-12-31', 50)]).signal).toBe('off-track');
  });
});
