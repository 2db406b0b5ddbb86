import { describe, expect, it } from 'vitest';
import { noAmbition } from '../../../../shared/analysis/rules/no-ambition';
import { completeDocument } from '../build';

describe('rule no-ambition', () => {
  it('does not fire on a complete document', () => {
    expect(noAmbition.applies(completeDocument())).toEqual([]);
  });

  it('fires when the ambition is empty', () => {
    const d = completeDocument();
    d.preparation.ambition = '';
    expect(noAmbition.applies(d)).toHaveLength(1);
  });

  it('does not fire when only the problem is empty', () => {
    const d = completeDocument();
    d.preparation.problem = '';
    expect(noAmbition.applies(d)).toEqual([]);
  });
});
