import { describe, expect, it } from 'vitest';
import { noDistribution } from '../../../../shared/analysis/rules/no-distribution';
import { completeDocument, effect } from '../build';

describe('rule no-distribution', () => {
  it('does not fire on a complete document', () => {
    expect(noDistribution.applies(completeDocument())).toEqual([]);
  });

  it('fires when no non-zero effect says who gains or loses', () => {
    const d = completeDocument();
    d.preparation.effects.forEach((e) => Object.assign(e, { gains: '', loses: '', groups: [] }));
    expect(noDistribution.applies(d)).toHaveLength(1);
  });

  it('looks at the preferred option only: what another option or the zero option says does not count', () => {
    const d = completeDocument();
    d.preparation.effects.forEach((e) => Object.assign(e, { gains: '', loses: '', groups: [] }));
    d.preparation.options.push({ ...d.preparation.options[0]!, id: 'option-b', name: 'B' });
    d.preparation.effects.push(
      effect({ id: 'b1', optionId: 'option-b', theme: 'wonen', direction: 1, gains: 'Huurders', groups: ['income-low'] }),
    );
    d.preparation.effects.push(effect({ id: 'z1', optionId: 'option-zero', theme: 'wonen', direction: -1, loses: 'Huurders' }));
    expect(noDistribution.applies(d)).toHaveLength(1);
  });

  it('does not fire when one effect names only a group, without words', () => {
    const d = completeDocument();
    d.preparation.effects.forEach((e, i) => Object.assign(e, { gains: '', loses: '', groups: i === 0 ? ['young'] : [] }));
    expect(noDistribution.applies(d)).toEqual([]);
  });

  it("does not count a group of one's own called 'Niemand'", () => {
    const d = completeDocument();
    d.preparation.groups = [{ id: 'g-nobody', name: 'Niemand' }];
    d.preparation.effects.forEach((e) => Object.assign(e, { gains: '', loses: '', groups: ['g-nobody'] }));
    expect(noDistribution.applies(d)).toHaveLength(1);
  });

  it('does not fire when one effect names only who loses', () => {
    const d = completeDocument();
    d.preparation.effects.forEach((e, i) => Object.assign(e, { gains: '', loses: i === 0 ? 'Omwonenden' : '' }));
    expect(noDistribution.applies(d)).toEqual([]);
  });
});
