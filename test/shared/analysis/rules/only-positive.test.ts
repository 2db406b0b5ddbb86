import { describe, expect, it } from 'vitest';
import { onlyPositive } from '../../../../shared/analysis/rules/only-positive';
import { completeDocument, effect } from '../build';

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

  it("fires on an all-positive preferred option, whatever the zero option's or another option's minus", () => {
    const d = completeDocument();
    d.preparation.effects = d.preparation.effects.filter((e) => (e.direction ?? 0) >= 0);
    d.preparation.options.push({ ...d.preparation.options[0]!, id: 'option-b', name: 'B' });
    d.preparation.effects.push(effect({ id: 'z1', optionId: 'option-zero', theme: 'wonen', direction: -1 }));
    d.preparation.effects.push(effect({ id: 'b1', optionId: 'option-b', theme: 'milieu', direction: -2 }));
    expect(onlyPositive.applies(d)).toHaveLength(1);
  });

  it('does not fire when another option is all-positive but the preferred one names a downside', () => {
    const d = completeDocument();
    d.preparation.options.push({ ...d.preparation.options[0]!, id: 'option-b', name: 'B' });
    d.preparation.effects.push(effect({ id: 'b1', optionId: 'option-b', theme: 'wonen', direction: 2 }));
    expect(onlyPositive.applies(d)).toEqual([]);
  });
});
