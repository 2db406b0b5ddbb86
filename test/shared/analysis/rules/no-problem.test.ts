import { describe, expect, it } from 'vitest';
import { noProblem } from '../../../../shared/analysis/rules/no-problem';
import { completeDocument } from '../build';

describe('rule no-problem', () => {
  it('does not fire on a complete document', () => {
    expect(noProblem.applies(completeDocument())).toEqual([]);
  });

  it('fires when the problem is blank (white space only)', () => {
    const d = completeDocument();
    d.preparation.problem = '  ';
    expect(noProblem.applies(d)).toHaveLength(1);
  });

  it('does not fire when only the ambition is blank', () => {
    const d = completeDocument();
    d.preparation.ambition = '';
    expect(noProblem.applies(d)).toEqual([]);
  });
});
