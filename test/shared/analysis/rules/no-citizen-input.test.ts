import { describe, expect, it } from 'vitest';
import { noCitizenInput } from '../../../../shared/analysis/rules/no-citizen-input';
import { completeDocument } from '../build';

describe('rule no-citizen-input', () => {
  it('does not fire on a complete document', () => {
    expect(noCitizenInput.applies(completeDocument())).toEqual([]);
  });

  it('fires when neither what residents value nor how they were involved is recorded', () => {
    const d = completeDocument();
    Object.assign(d.preparation, { citizenValues: '', citizenInvolvement: ' ' });
    expect(noCitizenInput.applies(d)).toHaveLength(1);
  });

  it('does not fire when only how they were involved is recorded', () => {
    const d = completeDocument();
    Object.assign(d.preparation, { citizenValues: '', citizenInvolvement: 'Drie buurtavonden' });
    expect(noCitizenInput.applies(d)).toEqual([]);
  });
});
