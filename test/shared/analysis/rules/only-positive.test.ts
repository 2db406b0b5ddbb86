import { describe, expect, it } from 'vitest';
import { onlyPositive } from '../../../../shared/analysis/rules/only-positive';
import { completeDocument } from '../build';

describe('rule only-positive', () => {
  it('does not fire on a complete document', () => {
    expect(onlyPositive.applies(completeDocument())).toEqual([]);
  });

  it('fires when every considered effect is positive and no spill-over is negative', () => {
    const d = completeDocument();
    d.preparation.effects = d.preparation.effects.filter((e) => (e.direction ?? 0) >= 0);
    expect(onlyPositive.applies(d)).toHaveLength(1);
  });

  it('does not fire when a negative spill-over names the trade-off', () => {
    const d = completeDocument();
    d.preparation.effects = d.preparation.effects.filter((e) => (e.direction ?? 0) >= 0);
    d.preparation.spillovers = [
      { id: 's1', from: 'economisch-kapitaal', to: 'milieu', sign: 'negative', strength: 2, explanation: 'Meer vrachtverkeer' },
    ];
    expect(onlyPositive.applies(d)).toEqual([]);
  });
});
