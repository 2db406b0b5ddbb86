import { describe, expect, it } from 'vitest';
import { negativeWithoutGroup } from '../../../../shared/analysis/rules/negative-without-group';
import { completeDocument, effect } from '../build';

describe('rule negative-without-group', () => {
  it('does not fire on a complete document', () => {
    expect(negativeWithoutGroup.applies(completeDocument())).toEqual([]);
  });

  it('fires, high, once per negative effect of the preferred option that names no group', () => {
    const d = completeDocument();
    d.preparation.effects.push(effect({ id: 'e5', theme: 'wonen', direction: -2, where: 'region', loses: 'Niemand.' }));
    d.preparation.effects.find((e) => e.id === 'e2')!.groups = [];
    const hits = negativeWithoutGroup.applies(d);
    expect(hits.map((h) => h.itemId)).toEqual(['e2', 'e5']);
    expect(negativeWithoutGroup.severity).toBe('high');
  });

  it('does not take "Niemand" or an empty name for a group', () => {
    const d = completeDocument();
    d.preparation.groups = [
      { id: 'g-niemand', name: 'Niemand' },
      { id: 'g-leeg', name: '  ' },
    ];
    d.preparation.effects.find((e) => e.id === 'e2')!.groups = ['g-niemand', 'g-leeg'];
    expect(negativeWithoutGroup.applies(d)).toHaveLength(1);
  });

  it("counts a document's own group with a real name, and ignores other options and the zero option", () => {
    const d = completeDocument();
    d.preparation.groups = [{ id: 'g-kwekers', name: 'Tuinders in de wijk' }];
    d.preparation.effects.find((e) => e.id === 'e2')!.groups = ['g-kwekers'];
    d.preparation.options.push({ ...d.preparation.options[0]!, id: 'option-b', name: 'B' });
    d.preparation.effects.push(effect({ id: 'b1', optionId: 'option-b', theme: 'wonen', direction: -1 }));
    d.preparation.effects.push(effect({ id: 'z1', optionId: 'option-zero', theme: 'wonen', direction: -1 }));
    expect(negativeWithoutGroup.applies(d)).toEqual([]);
  });
});
