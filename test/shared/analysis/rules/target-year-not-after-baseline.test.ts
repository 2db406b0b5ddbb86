import { describe, expect, it } from 'vitest';
import { targetYearNotAfterBaseline } from '../../../../shared/analysis/rules/target-year-not-after-baseline';
import { completeDocument } from '../build';

describe('rule target-year-not-after-baseline', () => {
  it('does not fire on a complete document', () => {
    expect(targetYearNotAfterBaseline.applies(completeDocument())).toEqual([]);
  });

  it('fires when the target year lies before the baseline year (baseline 2023, target 2020)', () => {
    const d = completeDocument();
    d.preparation.indicators[0]!.target = { value: 60, year: 2020 };
    expect(targetYearNotAfterBaseline.applies(d)).toEqual([
      expect.objectContaining({ itemId: 'i1', params: { name: 'i1', target: 2020, baseline: 2023 } }),
    ]);
  });

  it('fires when both are the same year, not when the target is one year later', () => {
    const d = completeDocument();
    d.preparation.indicators[0]!.target = { value: 60, year: 2023 };
    d.preparation.indicators[1]!.target = { value: 60, year: 2024 };
    expect(targetYearNotAfterBaseline.applies(d).map((h) => h.itemId)).toEqual(['i1']);
  });
});
