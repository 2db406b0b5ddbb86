import { describe, expect, it } from 'vitest';
import { themeWithoutIndicator } from '../../../../shared/analysis/rules/theme-without-indicator';
import { completeDocument } from '../build';

describe('rule theme-without-indicator', () => {
  it('does not fire on a complete document', () => {
    expect(themeWithoutIndicator.applies(completeDocument())).toEqual([]);
  });

  it('fires when an affected theme has no indicator', () => {
    const d = completeDocument();
    d.preparation.indicators = d.preparation.indicators.filter((i) => i.theme !== 'milieu');
    expect(themeWithoutIndicator.applies(d)).toHaveLength(1);
  });

  it('does not fire when the theme without indicator is only affected by a considered 0', () => {
    const d = completeDocument();
    d.preparation.indicators = d.preparation.indicators.filter((i) => i.theme !== 'milieu');
    d.preparation.effects.filter((e) => e.theme === 'milieu').forEach((e) => (e.direction = 0));
    expect(themeWithoutIndicator.applies(d)).toEqual([]);
  });
});
