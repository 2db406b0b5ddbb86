import { describe, expect, it } from 'vitest';
import { compareDirections, expectedVersusRealised } from '../../../shared/analysis/compare';
import { tradeoffs } from '../../../shared/analysis/tradeoffs';
import { completeDocument, effect } from './build';

describe('expected versus realised', () => {
  it.each([
    [2, 2, 'as-expected'],
    [-1, -1, 'as-expected'],
    [0, 0, 'as-expected'],
    [2, 1, 'weaker'],
    [2, 0, 'weaker'],
    [-2, -1, 'weaker'],
    [1, 2, 'stronger'],
    [0, 1, 'stronger'],
    [0, -1, 'stronger'],
    [1, -1, 'opposite'],
    [-2, 1, 'opposite'],
    [null, 1, 'unknown'],
    [1, null, 'unknown'],
  ] as const)('expected %s, realised %s: %s', (expected, realised, result) => {
    expect(compareDirections(expected, realised)).toBe(result);
  });

  it('compares with the frozen expectation, not a later edit', () => {
    const doc = completeDocument();
    doc.implementation.frozen = {
      at: '2026-02-01T00:00:00.000Z',
      by: 'A',
      ambition: '',
      indicators: [],
      effects: [effect({ id: 'e1', theme: 'arbeid-en-vrije-tijd', direction: 1 })],
    };
    doc.evaluation.realisedEffects = [
      { effectId: 'e1', direction: 1, evidence: '', contributionConfidence: null, contributionArgument: '', lag: null },
    ];
    const row = expectedVersusRealised(doc).find((r) => r.effect.id === 'e1');
    expect(row?.effect.direction).toBe(2);
    expect(row?.expected.direction).toBe(1);
    expect(row?.comparison).toBe('as-expected');
    expect(expectedVersusRealised(doc).find((r) => r.effect.id === 'e2')?.comparison).toBe('unknown');
  });
});

describe('trade-offs', () => {
  it('finds themes where options pull apart, options that help and hurt, and negative spill-overs', () => {
    const doc = completeDocument();
    doc.preparation.options.push({ ...doc.preparation.options[0]!, id: 'option-b', name: 'B' });
    doc.preparation.effects.push(effect({ id: 'b1', optionId: 'option-b', theme: 'milieu', direction: 1 }));
    // The zero option is the reference: its own development is never a policy that helps or hurts.
    doc.preparation.effects.push(effect({ id: 'z1', optionId: 'option-zero', theme: 'milieu', direction: -2 }));
    doc.preparation.effects.push(effect({ id: 'z2', optionId: 'option-zero', theme: 'wonen', direction: 1 }));
    doc.preparation.spillovers = [
      { id: 's1', from: 'arbeid-en-vrije-tijd', to: 'gezondheid', sign: 'positive', strength: 2, explanation: '' },
      { id: 's2', from: 'economisch-kapitaal', to: 'milieu', sign: 'negative', strength: 1, explanation: '' },
      { id: 's3', from: 'wonen', to: 'natuurlijk-kapitaal', sign: 'negative', strength: 3, explanation: '' },
    ];
    const t = tradeoffs(doc);
    expect(t.betweenOptions).toEqual([{ theme: 'milieu', helping: ['option-b'], hurting: ['option-proposal'] }]);
    expect(t.withinOptions).toEqual([
      { optionId: 'option-proposal', gains: ['arbeid-en-vrije-tijd', 'economisch-kapitaal'], losses: ['milieu'] },
    ]);
    expect(t.negativeSpillovers.map((s) => s.id)).toEqual(['s3', 's2']);
  });

  it('finds none where everything points one way', () => {
    const doc = completeDocument();
    doc.preparation.effects = doc.preparation.effects.filter((e) => (e.direction ?? 0) > 0);
    expect(tradeoffs(doc)).toEqual({ betweenOptions: [], withinOptions: [], negativeSpillovers: [] });
  });
});
