import { describe, expect, it } from 'vitest';
import { catalogueEntry, citation } from '../../../shared/framework/catalogue';
import { indicatorTexts } from '../../../shared/framework/catalogue-text';

const entry = catalogueEntry('werkloosheid')!;
const fromCatalogue = (lang: 'nl' | 'en') => ({
  catalogueId: entry.id,
  name: entry.name[lang],
  unit: entry.unit[lang],
  definition: entry.definition[lang],
  source: citation(entry, lang),
});

describe('catalogue texts in the reader’s language', () => {
  it('shows texts left as the catalogue gave them in the report language, both ways', () => {
    expect(indicatorTexts(fromCatalogue('nl'), 'en')).toEqual({
      name: entry.name.en,
      unit: entry.unit.en,
      definition: entry.definition.en,
      source: citation(entry, 'en'),
    });
    expect(indicatorTexts(fromCatalogue('en'), 'nl').name).toBe(entry.name.nl);
    expect(citation(entry, 'en')).toMatch(/Source: CBS$/);
    expect(citation(entry, 'nl')).toMatch(/Bron: CBS$/);
  });

  it('keeps what the user changed, and only turns the CBS credit into the reader’s language', () => {
    const changed = { ...fromCatalogue('nl'), name: 'Werkloosheid in Heerlen-Noord', source: 'Eigen telling (Bron: CBS)' };
    const shown = indicatorTexts(changed, 'en');
    expect(shown.name).toBe('Werkloosheid in Heerlen-Noord');
    expect(shown.source).toBe('Eigen telling (Source: CBS)');
    expect(shown.unit).toBe(entry.unit.en);
  });

  it('translates a text of an earlier edition in that edition’s words, never the new one', () => {
    const c = catalogueEntry('netto-arbeidsparticipatie')!;
    expect(c.former?.unit).toBeDefined();
    const old = { catalogueId: c.id, name: c.name.nl, unit: c.former!.unit!.nl, definition: 'Eigen omschrijving.', source: '' };
    expect(indicatorTexts(old, 'en').unit).toBe(c.former!.unit!.en);
    expect(indicatorTexts(old, 'en').definition).toBe('Eigen omschrijving.');
  });

  it('leaves indicators without a catalogue entry as written', () => {
    const texts = { name: 'Vrachtwagens', unit: 'per werkdag', definition: 'Telling.', source: 'Gemeente' };
    expect(indicatorTexts({ ...texts, catalogueId: null }, 'en')).toEqual(texts);
    expect(indicatorTexts({ ...texts, catalogueId: 'bestaat-niet' }, 'en')).toEqual(texts);
  });
});
