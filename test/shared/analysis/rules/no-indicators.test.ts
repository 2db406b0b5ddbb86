import { describe, expect, it } from 'vitest';
import { noIndicators } from '../../../../shared/analysis/rules/no-indicators';
import { completeDocument } from '../build';

describe('rule no-indicators', () => {
  it('does not fire on a complete document', () => {
    expect(noIndicators.applies(completeDocument())).toEqual([]);
  });

  it('fires when there are no indicators', () => {
    const d = completeDocument();
    d.preparation.indicators = [];
    expect(noIndicators.applies(d)).toHaveLength(1);
  });

  it('does not fire when there is one indicator', () => {
    const d = completeDocument();
    d.preparation.indicators = d.preparation.indicators.slice(0, 1);
    expect(noIndicators.applies(d)).toEqual([]);
  });
});
