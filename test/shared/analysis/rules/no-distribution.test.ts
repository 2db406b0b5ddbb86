import { describe, expect, it } from 'vitest';
import { noDistribution } from '../../../../shared/analysis/rules/no-distribution';
import { completeDocument } from '../build';

describe('rule no-distribution', () => {
  it('does not fire on a complete document', () => {
    expect(noDistribution.applies(completeDocument())).toEqual([]);
  });

  it('fires when no non-zero effect says who gains or loses', () => {
    const d = completeDocument();
    d.preparation.effects.forEach((e) => Object.assign(e, { gains: '', loses: '' }));
    expect(noDistribution.applies(d)).toHaveLength(1);
  });

  it('does not fire when one effect names only who loses', () => {
    const d = completeDocument();
    d.preparation.effects.forEach((e, i) => Object.assign(e, { gains: '', loses: i === 0 ? 'Omwonenden' : '' }));
    expect(noDistribution.applies(d)).toEqual([]);
  });
});
