import { describe, expect, it } from 'vitest';
import { tocOutcomeUnmeasured } from '../../../../shared/analysis/rules/toc-outcome-unmeasured';
import { completeDocument } from '../build';
import { chainDocument } from '../toc-chain';

describe('rule toc-outcome-unmeasured', () => {
  it('does not fire on a complete document, nor on a chain whose outcomes are all measured', () => {
    expect(tocOutcomeUnmeasured.applies(completeDocument())).toEqual([]);
    expect(tocOutcomeUnmeasured.applies(chainDocument())).toEqual([]);
  });

  it('fires per outcome without an indicator or perceived outcome', () => {
    const d = chainDocument();
    d.preparation.theoryOfChange.outcomes[1]!.indicatorIds = [];
    expect(tocOutcomeUnmeasured.applies(d)).toEqual([
      { itemId: 'u2', key: 'u2', params: { outcome: 'Minder vrachtverkeer in de straten' } },
    ]);
  });

  it('fires when the only indicator was removed from the document', () => {
    const d = chainDocument();
    d.preparation.indicators = d.preparation.indicators.filter((i) => i.id !== 'i2');
    expect(tocOutcomeUnmeasured.applies(d).map((h) => h.itemId)).toEqual(['u2']);
  });

  it('near miss: a perceived outcome alone is enough, and an impact without one is no outcome', () => {
    const d = chainDocument();
    d.preparation.perceivedOutcomes = [
      { id: 'p1', description: 'Bewoners merken minder vrachtwagens', measurement: '', theme: null, indicatorId: null },
    ];
    Object.assign(d.preparation.theoryOfChange.outcomes[1]!, { indicatorIds: [], perceivedOutcomeIds: ['p1'] });
    d.preparation.theoryOfChange.impacts[0]!.indicatorIds = [];
    expect(tocOutcomeUnmeasured.applies(d)).toEqual([]);
  });
});
