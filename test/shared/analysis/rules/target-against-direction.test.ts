import { describe, expect, it } from 'vitest';
import { targetAgainstDirection } from '../../../../shared/analysis/rules/target-against-direction';
import { completeDocument } from '../build';

describe('rule target-against-direction', () => {
  it('does not fire on a complete document', () => {
    expect(targetAgainstDirection.applies(completeDocument())).toEqual([]);
  });

  it('fires when good is up but the target lies below the baseline (the issue’s 62 → 55)', () => {
    const d = completeDocument();
    d.preparation.indicators[0]!.baseline = { value: 62, year: 2023 };
    d.preparation.indicators[0]!.target = { value: 55, year: 2027 };
    expect(targetAgainstDirection.applies(d)).toEqual([
      expect.objectContaining({ itemId: 'i1', params: expect.objectContaining({ direction: { keys: ['findings.goodDirection.up'] } }) }),
    ]);
  });

  it('fires when good is down but the target lies above the baseline', () => {
    const d = completeDocument();
    d.preparation.indicators[1]!.goodDirection = 'down';
    expect(targetAgainstDirection.applies(d)).toHaveLength(1);
  });

  it('does not fire on a falling target when down is good, nor on a target equal to the baseline', () => {
    const d = completeDocument();
    Object.assign(d.preparation.indicators[0]!, { goodDirection: 'down', target: { value: 40, year: 2027 } });
    d.preparation.indicators[1]!.target = { value: 50, year: 2027 };
    expect(targetAgainstDirection.applies(d)).toEqual([]);
  });
});
