import { describe, expect, it } from 'vitest';
import { realisedWithoutContribution } from '../../../../shared/analysis/rules/realised-without-contribution';
import { completeDocument } from '../build';
import { realised } from './fixtures';

describe('rule realised-without-contribution', () => {
  it('does not fire on a complete document', () => {
    expect(realisedWithoutContribution.applies(completeDocument())).toEqual([]);
  });

  it('fires when a realised effect has no contribution argument', () => {
    const d = completeDocument();
    d.context.phase = 'evaluation';
    d.evaluation.realisedEffects = [realised({ contributionArgument: '' })];
    expect(realisedWithoutContribution.applies(d)).toHaveLength(1);
  });

  it('does not fire when its direction is not assessed yet', () => {
    const d = completeDocument();
    d.context.phase = 'evaluation';
    d.evaluation.realisedEffects = [realised({ direction: null, contributionArgument: '' })];
    expect(realisedWithoutContribution.applies(d)).toEqual([]);
  });
});
