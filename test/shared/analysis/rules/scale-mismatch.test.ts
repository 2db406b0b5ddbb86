import { describe, expect, it } from 'vitest';
import { scaleMismatch } from '../../../../shared/analysis/rules/scale-mismatch';
import { completeDocument } from '../build';

describe('rule scale-mismatch', () => {
  it('does not fire on a complete document', () => {
    expect(scaleMismatch.applies(completeDocument())).toEqual([]);
  });

  it('fires when the ambition is for a district but every indicator measures a municipality', () => {
    const d = completeDocument();
    d.preparation.indicators.forEach((i) => (i.scale = 'gemeente'));
    expect(scaleMismatch.applies(d)).toHaveLength(1);
  });

  it('does not fire when one indicator measures at district level', () => {
    const d = completeDocument();
    d.preparation.indicators.forEach((i, n) => (i.scale = n === 0 ? 'wijk' : 'gemeente'));
    expect(scaleMismatch.applies(d)).toEqual([]);
  });
});
