import { describe, expect, it } from 'vitest';
import { indicatorIncomplete } from '../../../../shared/analysis/rules/indicator-incomplete';
import { completeDocument } from '../build';

describe('rule indicator-incomplete', () => {
  it('does not fire on a complete document', () => {
    expect(indicatorIncomplete.applies(completeDocument())).toEqual([]);
  });

  it('fires when an indicator lacks its baseline', () => {
    const d = completeDocument();
    d.preparation.indicators[0]!.baseline = null;
    expect(indicatorIncomplete.applies(d)).toHaveLength(1);
  });

  it('does not fire when an indicator’s source is filled but its definition is empty (not required)', () => {
    const d = completeDocument();
    d.preparation.indicators[0]!.definition = '';
    expect(indicatorIncomplete.applies(d)).toEqual([]);
  });
});
