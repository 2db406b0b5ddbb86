import { describe, expect, it } from 'vitest';
import { realisedWithoutEvidence } from '../../../../shared/analysis/rules/realised-without-evidence';
import { completeDocument } from '../build';
import { realised } from './fixtures';

describe('rule realised-without-evidence', () => {
  it('does not fire on a complete document', () => {
    expect(realisedWithoutEvidence.applies(completeDocument())).toEqual([]);
  });

  it('fires when a realised effect has no evidence', () => {
    const d = completeDocument();
    d.context.phase = 'evaluation';
    d.evaluation.realisedEffects = [realised({ evidence: '' })];
    expect(realisedWithoutEvidence.applies(d)).toHaveLength(1);
  });

  it('does not fire when the document has not reached evaluation yet', () => {
    const d = completeDocument();
    d.evaluation.realisedEffects = [realised({ evidence: '' })];
    expect(realisedWithoutEvidence.applies(d)).toEqual([]);
  });
});
