import { describe, expect, it } from 'vitest';
import { targetEqualsBaseline } from '../../../../shared/analysis/rules/target-equals-baseline';
import { completeDocument } from '../build';

describe('rule target-equals-baseline', () => {
  it('does not fire on a complete document', () => {
    expect(targetEqualsBaseline.applies(completeDocument())).toEqual([]);
  });

  it('fires when the target value equals the baseline value', () => {
    const d = completeDocument();
    d.preparation.indicators[2]!.target = { value: 50, year: 2027 };
    expect(targetEqualsBaseline.applies(d)).toEqual([expect.objectContaining({ itemId: 'i3' })]);
  });

  it('does not fire on a target a little away from the baseline, nor without a target', () => {
    const d = completeDocument();
    d.preparation.indicators[0]!.target = { value: 50.1, year: 2027 };
    d.preparation.indicators[1]!.target = null;
    expect(targetEqualsBaseline.applies(d)).toEqual([]);
  });
});
