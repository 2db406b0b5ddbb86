import { describe, expect, it } from 'vitest';
import { noElsewhereEffect } from '../../../../shared/analysis/rules/no-elsewhere-effect';
import { completeDocument } from '../build';

describe('rule no-elsewhere-effect', () => {
  it('does not fire on a complete document', () => {
    expect(noElsewhereEffect.applies(completeDocument())).toEqual([]);
  });

  it('fires when no effect on an "elders" theme is considered', () => {
    const d = completeDocument();
    d.preparation.effects = d.preparation.effects.filter((e) => e.theme !== 'milieu-en-grondstoffen');
    expect(noElsewhereEffect.applies(d)).toHaveLength(1);
  });

  it('does not fire when the "elders" effect is a considered 0', () => {
    const d = completeDocument();
    d.preparation.effects.find((e) => e.theme === 'milieu-en-grondstoffen')!.direction = 0;
    expect(noElsewhereEffect.applies(d)).toEqual([]);
  });

  it('counts an effect that lands abroad, and not one in the neighbouring region', () => {
    const d = completeDocument();
    d.preparation.effects = d.preparation.effects.filter((e) => e.theme !== 'milieu-en-grondstoffen');
    d.preparation.effects[0]!.where = 'region';
    expect(noElsewhereEffect.applies(d)).toHaveLength(1);
    d.preparation.effects[0]!.where = 'abroad';
    expect(noElsewhereEffect.applies(d)).toEqual([]);
  });
});
