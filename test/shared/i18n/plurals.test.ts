import { describe, expect, it } from 'vitest';
import { flattenKeys, messages, translate, type MessageKey } from '../../../shared/i18n';

const leaf = (lang: 'nl' | 'en', key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages[lang]) as string;

/** Every message with an ICU plural, and the names of its counted values. */
const pluralMessages = flattenKeys(messages.nl)
  .map((key) => ({ key, vars: [...leaf('nl', key).matchAll(/\{(\w+), plural,/g)].map((m) => m[1]!) }))
  .filter((m) => m.vars.length > 0);

describe('plurals through the catalogue', () => {
  it('has plural messages where counts are printed (UI, report, CLI)', () => {
    const keys = pluralMessages.map((m) => m.key);
    expect(keys).toEqual(
      expect.arrayContaining(['measure.seriesSummary', 'measure.added', 'cli.valid', 'scale.valuesLeftOut', 'fields.results']),
    );
  });

  for (const lang of ['nl', 'en'] as const)
    it(`renders 0, 1 and 2 of every plural message in ${lang} with a whole text and the right form`, () => {
      for (const { key, vars } of pluralMessages) {
        expect(leaf(lang, key), `${lang} ${key} is plural too`).toMatch(/, plural,/);
        const shown = [0, 1, 2].map((n) => translate(lang, key as MessageKey, Object.fromEntries(vars.map((v) => [v, n]))));
        for (const text of shown) {
          expect(text, key).not.toMatch(/[{}#]/);
          expect(text, key).not.toMatch(/\(s\)|\(en\)/);
        }
        // One differs from two by more than the number (the singular form was chosen), unless the word
        // has one form for both (Dutch "jaar").
        const same = [...leaf(lang, key).matchAll(/one \{([^{}]*)\} other \{([^{}]*)\}/g)].every((m) => m[1] === m[2]);
        if (!same) expect(shown[1]!.replace(/1/g, '2'), key).not.toBe(shown[2]);
      }
    });

  it('says "1 meting", "2 metingen", "0 metingen" and the English forms', () => {
    const series = (lang: 'nl' | 'en', count: number) => translate(lang, 'measure.seriesSummary', { name: 'Werkloosheid', count });
    expect([0, 1, 2].map((n) => series('nl', n))).toEqual([
      'Werkloosheid: 0 metingen',
      'Werkloosheid: 1 meting',
      'Werkloosheid: 2 metingen',
    ]);
    expect([0, 1, 2].map((n) => series('en', n))).toEqual([
      'Werkloosheid: 0 measurements',
      'Werkloosheid: 1 measurement',
      'Werkloosheid: 2 measurements',
    ]);
    expect(translate('nl', 'cli.valid', { title: 'T', version: 3, migrated: '', phase: 'p', indicators: 1, effects: 2 })).toContain(
      '1 indicator, 2 effecten',
    );
  });
});
