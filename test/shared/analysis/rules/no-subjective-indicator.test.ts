import { describe, expect, it } from 'vitest';
import { noSubjectiveIndicator } from '../../../../shared/analysis/rules/no-subjective-indicator';
import { completeDocument } from '../build';

describe('rule no-subjective-indicator', () => {
  it('does not fire on a complete document', () => {
    expect(noSubjectiveIndicator.applies(completeDocument())).toEqual([]);
  });

  it('fires when every indicator is objective', () => {
    const d = completeDocument();
    d.preparation.indicators.forEach((i) => (i.kind = 'objective'));
    expect(noSubjectiveIndicator.applies(d)).toHaveLength(1);
  });

  it('does not fire when there are no indicators at all (no-indicators says so instead)', () => {
    const d = completeDocument();
    d.preparation.indicators = [];
    expect(noSubjectiveIndicator.applies(d)).toEqual([]);
  });
});
