import { describe, expect, it } from 'vitest';
import { chainEdges, dependentEdges, measuresOf, preferredChain, unmeasuredOutcomes } from '../../../shared/analysis/toc';
import { AssessmentDocument, ChangeStep, Effect } from '../../../shared/model/document';
import { canonicalJson } from '../../../shared/model/sha256';
import { completeDocument } from './build';
import { chainDocument } from './toc-chain';

describe('the theory of change as links: schema', () => {
  it('reads an older step and effect without the new fields, and adds none (a frozen hash stays valid)', () => {
    const old = { id: 'a1', text: 'Campus', assumption: 'Bedrijven komen' };
    expect(ChangeStep.parse(old)).toEqual(old);
    const doc = completeDocument();
    const parsed = AssessmentDocument.parse(JSON.parse(JSON.stringify(doc)));
    expect(canonicalJson(parsed.preparation)).toBe(canonicalJson(doc.preparation));
    expect('outcomeId' in Effect.parse(doc.preparation.effects[0])).toBe(false);
  });

  it('reads links, measures and an effect outcome, with defaults for a link without words', () => {
    const s = ChangeStep.parse({
      id: 'o1',
      text: 'x',
      assumption: '',
      links: [{ to: 'u1' }],
      indicatorIds: ['i1'],
      perceivedOutcomeIds: [],
    });
    expect(s.links).toEqual([{ to: 'u1', assumption: '', evidence: '' }]);
    expect(Effect.parse({ ...completeDocument().preparation.effects[0], outcomeId: 'u1' }).outcomeId).toBe('u1');
  });

  it('refuses a link to an invalid id', () => {
    expect(ChangeStep.safeParse({ id: 'o1', text: '', assumption: '', links: [{ to: '../x' }] }).success).toBe(false);
  });
});

describe('the theory of change as links: the chain', () => {
  it('lists every link whose target exists in the next list, and leaves dangling ones out', () => {
    const d = chainDocument();
    d.preparation.theoryOfChange.outputs[0]!.links!.push({ to: 'gone', assumption: '', evidence: '' });
    // A link that skips a list is not part of the chain.
    d.preparation.theoryOfChange.activities[0]!.links!.push({ to: 'u1', assumption: '', evidence: '' });
    expect(chainEdges(d.preparation.theoryOfChange).map((e) => `${e.from.id}>${e.to.id}`)).toEqual([
      'a1>o1',
      'a2>o2',
      'o1>u1',
      'o2>u2',
      'u1>m1',
    ]);
  });

  it("the preferred option's chain: the outcome of its effect, what leads into it, and the impacts it leads to", () => {
    const d = chainDocument();
    expect([...preferredChain(d)].sort()).toEqual(['a1', 'm1', 'o1', 'u1']);
    expect(dependentEdges(d).map((e) => `${e.from.id}>${e.to.id}`)).toEqual(['a1>o1', 'o1>u1', 'u1>m1']);
  });

  it('an effect of another option does not put its outcome on the chain', () => {
    const d = chainDocument();
    d.preparation.options.push({ ...d.preparation.options[0]!, id: 'option-b', name: 'B' });
    d.preparation.effects.push({ ...d.preparation.effects[0]!, id: 'b1', optionId: 'option-b', outcomeId: 'u2' });
    expect(preferredChain(d).has('u2')).toBe(false);
  });

  it('measures: only ids that still exist; an outcome without text is not asked for one', () => {
    const d = chainDocument();
    d.preparation.theoryOfChange.outcomes[1]!.indicatorIds = ['removed'];
    expect(measuresOf(d.preparation, d.preparation.theoryOfChange.outcomes[1]!).indicators).toEqual([]);
    expect(unmeasuredOutcomes(d.preparation).map((o) => o.id)).toEqual(['u2']);
    d.preparation.theoryOfChange.outcomes[1]!.text = ' ';
    expect(unmeasuredOutcomes(d.preparation)).toEqual([]);
  });
});
