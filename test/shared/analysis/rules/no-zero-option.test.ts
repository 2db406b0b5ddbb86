import { describe, expect, it } from 'vitest';
import { noZeroOption } from '../../../../shared/analysis/rules/no-zero-option';
import { completeDocument } from '../build';

describe('rule no-zero-option', () => {
  it('does not fire on a complete document', () => {
    expect(noZeroOption.applies(completeDocument())).toEqual([]);
  });

  it('fires when no option is the zero option', () => {
    const d = completeDocument();
    d.preparation.options = d.preparation.options.filter((o) => !o.isZeroOption);
    expect(noZeroOption.applies(d)).toHaveLength(1);
  });

  it('does not fire when the zero option is the only option', () => {
    const d = completeDocument();
    d.preparation.options = d.preparation.options.filter((o) => o.isZeroOption);
    expect(noZeroOption.applies(d)).toEqual([]);
  });
});
