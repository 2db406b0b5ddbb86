import { describe, expect, it } from 'vitest';
import { translate, type Language } from '../../../shared/i18n';
import { AssessmentDocument, newDocument } from '../../../shared/model/document';
import { fieldLabel, valueText } from '../../../shared/model/field-label';
import { mergeThreeWay } from '../../../shared/model/merge';

const base = AssessmentDocument.parse({
  ...newDocument('wijk-1', 'Wijkaanpak', '2026-03-01T09:00:00.000Z'),
  preparation: {
    ...newDocument('wijk-1', 'Wijkaanpak', '2026-03-01T09:00:00.000Z').preparation,
    indicators: [{ id: 'ind-1', name: 'Werkloosheid', theme: 'arbeid-en-vrije-tijd', goodDirection: 'down', kind: 'objective' }],
    effects: [{ id: 'eff-1', optionId: 'option-proposal', theme: 'wonen' }],
    theoryOfChange: { activities: [{ id: 'act-1', text: 'Buurtcoaches inzetten', assumption: '' }] },
  },
});
const t = (lang: Language) => (key: Parameters<typeof translate>[1], values?: Parameters<typeof translate>[2]) =>
  translate(lang, key, values);

/** The labels of every conflict of a merge where both sides changed the same fields differently. */
function labels(change: (doc: AssessmentDocument, side: string) => void, lang: Language = 'nl'): string[] {
  const [mine, theirs] = ['mijn', 'hun'].map((side) => {
    const copy = structuredClone(base);
    change(copy, side);
    return copy;
  });
  const { conflicts } = mergeThreeWay(base, mine!, theirs!);
  return conflicts.map((c) => fieldLabel(c.path, [mine, theirs], t(lang), lang, c.mine ?? c.theirs));
}

describe('readable names of merge paths', () => {
  it('names items by what the user sees (an indicator by its name, an effect by its option and theme) and the field in words', () => {
    const change = (d: AssessmentDocument, side: string) => {
      d.preparation.indicators[0]!.target = { value: side === 'mijn' ? 5 : 6, year: 2030 };
      d.preparation.effects[0]!.direction = side === 'mijn' ? 1 : -1;
      d.preparation.problem = side;
      d.context.area.name = side;
      d.preparation.theoryOfChange.activities[0]!.assumption = side;
    };
    expect(labels(change)).toEqual([
      'Context — gebied: naam',
      'Voorbereiding — probleem',
      'Activiteiten: ‘Buurtcoaches inzetten’ — aanname',
      'Effect van Voorstel op Wonen — richting',
      'Indicator ‘Werkloosheid’ — streefwaarde',
    ]);
    expect(labels(change, 'en')).toContain('Effect of Voorstel on Housing — direction');
  });

  it('an item deleted on one side and edited on the other is named as a whole, from the side that still has it', () => {
    const change = (d: AssessmentDocument, side: string) => {
      if (side === 'hun') d.preparation.indicators = [];
      else d.preparation.indicators[0]!.unit = '%';
    };
    expect(labels(change)).toEqual(['Indicator ‘Werkloosheid’ (het hele onderdeel)']);
  });
});

describe('readable values', () => {
  it('shows text as it is, numbers in the notation of the language, a value in a year, and absence in words', () => {
    expect(valueText('Hitte', t('nl'), 'nl')).toBe('Hitte');
    expect(valueText(1234.5, t('nl'), 'nl')).toBe('1.234,5');
    expect(valueText({ value: 6.5, year: 2030 }, t('en'), 'en')).toBe('6.5 in 2030');
    expect(valueText(undefined, t('nl'), 'nl')).toBe('(verwijderd)');
    expect(valueText(null, t('en'), 'en')).toBe('(empty)');
    expect(valueText(base.preparation.indicators[0], t('nl'), 'nl')).toBe('Werkloosheid');
    expect(valueText(-2, t('nl'), 'nl', 'direction')).toBe('−2 sterk negatief');
    expect(valueText('wonen', t('en'), 'en', 'theme')).toBe('Housing');
  });
});
