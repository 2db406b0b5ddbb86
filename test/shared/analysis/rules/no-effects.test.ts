import { describe, expect, it } from 'vitest';
import { noEffects } from '../../../../shared/analysis/rules/no-effects';
import { completeDocument } from '../build';

describe('rule no-effects', () => {
  it('does not fire on a complete document', () => {
    expect(noEffects.applies(completeDocument())).toEqual([]);
  });

  it('fires when no effect has a direction', () => {
    const d = completeDocument();
    d.preparation.effects.forEach((e) => (e.direction = null));
    expect(noEffects.applies(d)).toHaveLength(1);
  });

  it('does not fire when one effect is assessed as 0 (considered, no effect)', () => {
    const d = completeDocument();
    d.preparation.effects.forEach((e, i) => (e.direction = i === 0 ? 0 : null));
    expect(noEffects.applies(d)).toEqual([]);
  });
});
