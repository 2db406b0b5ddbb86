import { describe, expect, it } from 'vitest';
import { gradeValue, marginOf, sharePercent, type Expectation } from '../../../shared/analysis/grade';
import { gradeText } from '../../../shared/analysis/grade-words';
import { translate } from '../../../shared/i18n';

const up: Expectation = { goodDirection: 'up', unit: '%', baseline: { value: 50, year: 2023 }, target: { value: 60, year: 2027 } };
const down: Expectation = { goodDirection: 'down', unit: 'aantal', baseline: { value: 38, year: 2012 }, target: { value: 30, year: 2020 } };

describe('gradeValue: the grading table', () => {
  it.each([
    // good up: baseline 50 → target 60
    [up, 60, 'reached', 100],
    [up, 64, 'reached', 140],
    [up, 55, 'on-the-way', 50],
    [up, 54.9, 'limited', 49],
    [up, 50.5, 'limited', 5],
    [up, 50, 'no-change', 0],
    [up, 49, 'wrong-direction', 10],
    // good down: 38 → 30 (the example: 31 is 88 % of the way)
    [down, 30, 'reached', 100],
    [down, 31, 'on-the-way', 88],
    [down, 36, 'limited', 25],
    [down, 38, 'no-change', 0],
    [down, 46, 'wrong-direction', -100],
  ] as const)('%#: %o with %d → %s (%d %% of the way)', (exp, value, grade, percent) => {
    const r = gradeValue(exp, value);
    expect(r.grade).toBe(grade);
    expect(Math.abs(sharePercent(r)!)).toBe(Math.abs(percent));
  });

  it('450 → 610 when down is good is the wrong direction, not just "missed"', () => {
    const e: Expectation = {
      goodDirection: 'down',
      unit: 'aantal',
      baseline: { value: 450, year: 2012 },
      target: { value: 400, year: 2020 },
    };
    expect(gradeValue(e, 610).grade).toBe('wrong-direction');
    expect(gradeValue(e, 440).grade).toBe('limited');
  });

  it('within the margin of error is no change, in either direction', () => {
    const e = { ...up, margin: { kind: 'absolute' as const, value: 2 } };
    expect(gradeValue(e, 51.5).grade).toBe('no-change');
    expect(gradeValue(e, 48.5).grade).toBe('no-change');
    expect(gradeValue(e, 47.9).grade).toBe('wrong-direction');
    expect(gradeValue(e, 52.5).grade).toBe('limited');
    // A target inside the margin still counts as reached when the value gets there.
    expect(gradeValue({ ...e, target: { value: 51, year: 2027 } }, 51).grade).toBe('reached');
  });

  it('a target equal to the baseline means holding the level', () => {
    const hold: Expectation = { ...down, target: { value: 38, year: 2020 } };
    expect(gradeValue(hold, 38)).toMatchObject({ grade: 'reached', share: null });
    expect(gradeValue(hold, 35).grade).toBe('reached');
    expect(gradeValue(hold, 39).grade).toBe('wrong-direction');
    expect(gradeValue({ ...hold, margin: { kind: 'absolute', value: 1 } }, 39).grade).toBe('reached');
  });

  it('is unknown without a baseline, a target or a value, and says why', () => {
    expect(gradeValue({ ...up, baseline: null }, 60)).toMatchObject({ grade: 'unknown', reason: 'no-baseline' });
    expect(gradeValue({ ...up, target: null }, 60)).toMatchObject({ grade: 'unknown', reason: 'no-target' });
    expect(gradeValue(up, null)).toMatchObject({ grade: 'unknown', reason: 'no-value' });
    const t = (k: Parameters<typeof translate>[1], v?: Parameters<typeof translate>[2]) => translate('nl', k, v);
    expect(gradeText(gradeValue({ ...up, baseline: null }, 60), t, 'nl')).toBe('? onbekend (geen nulmeting, dus geen weg om af te leggen)');
  });

  it('a target against the good direction is never "reached" by moving the wrong way', () => {
    const wrong: Expectation = { goodDirection: 'up', unit: '%', baseline: { value: 62, year: 2023 }, target: { value: 55, year: 2020 } };
    expect(gradeValue(wrong, 50).grade).toBe('wrong-direction');
    expect(gradeValue(wrong, 64)).toMatchObject({ grade: 'unknown', reason: 'target-against-direction' });
  });

  it('says the grade in words and symbol', () => {
    const t = (k: Parameters<typeof translate>[1], v?: Parameters<typeof translate>[2]) => translate('nl', k, v);
    expect(gradeText(gradeValue(down, 31), t, 'nl')).toBe('◕ op de goede weg (88 % van de weg)');
    const e = { ...up, margin: { kind: 'absolute' as const, value: 2 } };
    expect(gradeText(gradeValue(e, 51), t, 'nl')).toBe('○ geen verandering (10 % van de weg; binnen de foutmarge van ± 2)');
    const en = (k: Parameters<typeof translate>[1], v?: Parameters<typeof translate>[2]) => translate('en', k, v);
    expect(gradeText(gradeValue(up, 49), en, 'en')).toBe('✖ wrong direction (-10% of the way)');
  });
});

describe('marginOf', () => {
  it('takes an absolute margin as given', () => {
    expect(marginOf({ kind: 'absolute', value: 3 }, 'aantal', 10)).toBe(3);
    expect(marginOf(null, '%', 10)).toBe(0);
  });

  it('computes the 95 % margin of a percentage from a sample size, in percentage points', () => {
    // n = 412 (the municipality's survey), p = 50 %: 1.96 · √(0.25 / 412) ≈ 4.83 points.
    expect(marginOf({ kind: 'sample', n: 412 }, '%', 50)).toBeCloseTo(4.828, 3);
    // p = 20 %: 1.96 · √(0.16 / 412) ≈ 3.86 points.
    expect(marginOf({ kind: 'sample', n: 412 }, '% van de inwoners', 20)).toBeCloseTo(3.862, 3);
    // Without a value: the widest case, p = 50 %.
    expect(marginOf({ kind: 'sample', n: 100 }, '%')).toBeCloseTo(9.8, 5);
  });

  it('gives no margin from a sample size for a unit that is no percentage', () => {
    expect(marginOf({ kind: 'sample', n: 412 }, 'euro', 50)).toBe(0);
  });
});
