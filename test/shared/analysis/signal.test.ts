import { describe, expect, it } from 'vitest';
import { indicatorSignal, targetReached, yearFraction } from '../../../shared/analysis/signal';
import type { Measurement } from '../../../shared/model/document';
import { indicator } from './build';

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

describe('targetReached', () => {
  it('judges the final value against the target, in either good direction', () => {
    expect(targetReached(up, 60)).toBe('achieved');
    expect(targetReached(up, 64)).toBe('achieved');
    expect(targetReached(up, 59.2)).toBe('nearly');
    expect(targetReached(up, 55)).toBe('missed');
    expect(targetReached(down, 12)).toBe('achieved');
    expect(targetReached(down, 12.7)).toBe('nearly');
    expect(targetReached(down, 19)).toBe('missed');
  });

  it('is unknown without a value, baseline or target; a hold-the-level target follows the good direction', () => {
    expect(targetReached(up, null)).toBe('unknown');
    expect(targetReached({ ...up, baseline: null }, 60)).toBe('unknown');
    expect(targetReached({ ...up, target: null }, 60)).toBe('unknown');
    const hold = { ...down, baseline: { value: 10, year: 2023 }, target: { value: 10, year: 2026 } };
    expect(targetReached(hold, 9)).toBe('achieved');
    expect(targetReached(hold, 11)).toBe('missed');
  });
});
