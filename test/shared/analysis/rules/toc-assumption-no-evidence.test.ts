import { describe, expect, it } from 'vitest';
import { tocAssumptionNoEvidence } from '../../../../shared/analysis/rules/toc-assumption-no-evidence';
import { completeDocument } from '../build';
import { chainDocument } from '../toc-chain';

describe('rule toc-assumption-no-evidence', () => {
  it('does not fire on a complete document, nor on a chain with evidence for every assumption', () => {
    expect(tocAssumptionNoEvidence.applies(completeDocument())).toEqual([]);
    expect(tocAssumptionNoEvidence.applies(chainDocument())).toEqual([]);
  });

  it('fires on a link the preferred option depends on whose assumption has no evidence, pointing at its evidence field', () => {
    const d = chainDocument();
    d.preparation.theoryOfChange.outputs[0]!.links![0]!.evidence = '';
    expect(tocAssumptionNoEvidence.applies(d)).toEqual([
      {
        itemId: 'o1',
        key: 'o1-u1',
        field: 'links-u1-evidence',
        params: { from: 'Banen op de campus', to: 'Meer mensen aan het werk' },
      },
    ]);
  });

  it('near miss: the same gap on a link no effect of the preferred option depends on', () => {
    const d = chainDocument();
    d.preparation.theoryOfChange.outputs[1]!.links![0]!.evidence = '';
    expect(tocAssumptionNoEvidence.applies(d)).toEqual([]);
  });

  it('near miss: a link without an assumption needs no evidence; nothing depends while no effect names an outcome', () => {
    const d = chainDocument();
    Object.assign(d.preparation.theoryOfChange.outputs[0]!.links![0]!, { assumption: ' ', evidence: '' });
    expect(tocAssumptionNoEvidence.applies(d)).toEqual([]);
    const e = chainDocument();
    e.preparation.theoryOfChange.outputs[0]!.links![0]!.evidence = '';
    e.preparation.effects.forEach((x) => (x.outcomeId = null));
    expect(tocAssumptionNoEvidence.applies(e)).toEqual([]);
  });
});
