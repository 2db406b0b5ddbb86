import { describe, expect, it } from 'vitest';
import { noLaterEffect } from '../../../../shared/analysis/rules/no-later-effect';
import { completeDocument } from '../build';

describe('rule no-later-effect', () => {
  it('does not fire on a complete document', () => {
    expect(noLaterEffect.applies(completeDocument())).toEqual([]);
  });

  it('fires when no effect on a "later" theme is considered', () => {
    const d = completeDocument();
    d.preparation.effects = d.preparation.effects.filter((e) => e.theme !== 'economisch-kapitaal');
    expect(noLaterEffect.applies(d)).toHaveLength(1);
  });

  it('does not fire when no effect is considered at all (no-effects says so instead)', () => {
    const d = completeDocument();
    d.preparation.effects = [];
    expect(noLaterEffect.applies(d)).toEqual([]);
  });
});
