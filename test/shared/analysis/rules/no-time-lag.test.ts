import { describe, expect, it } from 'vitest';
import { noTimeLag } from '../../../../shared/analysis/rules/no-time-lag';
import { completeDocument } from '../build';

describe('rule no-time-lag', () => {
  it('does not fire on a complete document', () => {
    expect(noTimeLag.applies(completeDocument())).toEqual([]);
  });

  it('fires when no non-zero effect says when it occurs', () => {
    const d = completeDocument();
    d.preparation.effects.forEach((e) => (e.lag = null));
    expect(noTimeLag.applies(d)).toHaveLength(1);
  });

  it('does not fire when one non-zero effect says when it occurs', () => {
    const d = completeDocument();
    d.preparation.effects.forEach((e) => e.id !== 'e2' && (e.lag = null));
    expect(noTimeLag.applies(d)).toEqual([]);
  });
});
