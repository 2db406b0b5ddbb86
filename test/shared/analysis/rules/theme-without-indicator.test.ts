import { describe, expect, it } from 'vitest';
import { themeWithoutIndicator } from '../../../../shared/analysis/rules/theme-without-indicator';
import { completeDocument, effect } from '../build';

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

  it('does not ask indicators for themes only the zero option or another option touches', () => {
    const d = completeDocument();
    d.preparation.options.push({ ...d.preparation.options[0]!, id: 'option-b', name: 'B' });
    d.preparation.effects.push(effect({ id: 'z1', optionId: 'option-zero', theme: 'wonen', direction: -1 }));
    d.preparation.effects.push(effect({ id: 'b1', optionId: 'option-b', theme: 'veiligheid', direction: 1 }));
    expect(themeWithoutIndicator.applies(d)).toEqual([]);
  });

  it("fires for a theme the preferred option's second entry touches", () => {
    const d = completeDocument();
    d.preparation.effects.push(effect({ id: 'e5', theme: 'wonen', direction: -1, where: 'region', groups: ['income-low'] }));
    expect(themeWithoutIndicator.applies(d).map((h) => h.itemId)).toEqual(['wonen']);
  });
});
