import { describe, it, expect } from 'vitest';
import { catalogue } from '../../../shared/framework/catalogue';
import type { CatalogueIndicator, GoodDirection, IndicatorKind, ScaleLevel, ThemeId } from '../../../shared/framework/types';

/** The 14 themes, in the order of ThemeId in types.ts. */
const THEMES: readonly ThemeId[] = [
  'welzijn',
  'materiele-welvaart',
  'gezondheid',
  'arbeid-en-vrije-tijd',
  'wonen',
  'samenleving',
  'veiligheid',
  'milieu',
  'economisch-kapitaal',
  'natuurlijk-kapitaal',
  'menselijk-kapitaal',
  'sociaal-kapitaal',
  'handel-en-hulp',
  'milieu-en-grondstoffen',
];

/** Scale levels, smallest first (the order of ScaleLevel in types.ts). */
const SCALES: readonly ScaleLevel[] = ['buurt', 'wijk', 'gemeente', 'buurgemeenten', 'regio', 'provincie', 'nationaal'];

/** The representative indicators of DOMAIN.md, with the unit and good direction given there. */
const REPRESENTATIVE: readonly { id: string; theme: ThemeId; goodDirection: GoodDirection; kind?: IndicatorKind }[] = [
  { id: 'tevredenheid-met-leven', theme: 'welzijn', goodDirection: 'up', kind: 'subjective' },
  { id: 'mediaan-besteedbaar-huishoudinkomen', theme: 'materiele-welvaart', goodDirection: 'up' },
  { id: 'gezonde-levensverwachting', theme: 'gezondheid', goodDirection: 'up' },
  { id: 'overgewicht-volwassenen', theme: 'gezondheid', goodDirection: 'down' },
  { id: 'netto-arbeidsparticipatie', theme: 'arbeid-en-vrije-tijd', goodDirection: 'up' },
  { id: 'langdurige-werkloosheid', theme: 'arbeid-en-vrije-tijd', goodDirection: 'down' },
  { id: 'tevredenheid-met-woning', theme: 'wonen', goodDirection: 'up', kind: 'subjective' },
  { id: 'contact-met-familie-vrienden-buren', theme: 'samenleving', goodDirection: 'up' },
  { id: 'vertrouwen-in-andere-mensen', theme: 'sociaal-kapitaal', goodDirection: 'up', kind: 'subjective' },
  { id: 'vertrouwen-in-instituties', theme: 'sociaal-kapitaal', goodDirection: 'up', kind: 'subjective' },
  { id: 'vaak-onveilig-in-buurt', theme: 'veiligheid', goodDirection: 'down', kind: 'subjective' },
  { id: 'slachtoffers-van-criminaliteit', theme: 'veiligheid', goodDirection: 'down' },
  // CBS places green-blue space under Natural capital (later), not under Environment (issue 15).
  { id: 'groenblauwe-ruimte', theme: 'natuurlijk-kapitaal', goodDirection: 'up' },
  { id: 'broeikasgasemissies', theme: 'natuurlijk-kapitaal', goodDirection: 'down' },
  { id: 'stikstofoverschot-landbouw', theme: 'natuurlijk-kapitaal', goodDirection: 'down' },
  { id: 'hoogopgeleide-bevolking', theme: 'menselijk-kapitaal', goodDirection: 'up' },
  { id: 'schulden-van-huishoudens', theme: 'economisch-kapitaal', goodDirection: 'down' },
  { id: 'invoer-uit-lage-inkomenslanden', theme: 'handel-en-hulp', goodDirection: 'up' },
  { id: 'broeikasgasvoetafdruk-buitenland', theme: 'milieu-en-grondstoffen', goodDirection: 'down' },
];

/** Here-and-now themes where a perceived (survey) measure is meaningful and must be offered. */
const THEMES_NEEDING_SUBJECTIVE: readonly ThemeId[] = [
  'welzijn',
  'materiele-welvaart',
  'gezondheid',
  'arbeid-en-vrije-tijd',
  'wonen',
  'samenleving',
  'veiligheid',
  'milieu',
  'sociaal-kapitaal',
];

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function byId(id: string): CatalogueIndicator | undefined {
  return catalogue.find((i) => i.id === id);
}

describe('indicator catalogue', () => {
  it('has at least 130 indicators', () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(130);
  });

  it('has unique, kebab-case ids', () => {
    const ids = catalogue.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id, id).toMatch(KEBAB);
  });

  it('has unique Dutch and English names', () => {
    const nl = catalogue.map((i) => i.name.nl.toLowerCase());
    const en = catalogue.map((i) => i.name.en.toLowerCase());
    expect(new Set(nl).size).toBe(nl.length);
    expect(new Set(en).size).toBe(en.length);
  });

  it('uses only the 14 theme ids', () => {
    for (const i of catalogue) expect(THEMES, i.id).toContain(i.theme);
  });

  it.each(THEMES)('has at least 3 indicators for theme %s', (theme) => {
    expect(catalogue.filter((i) => i.theme === theme).length).toBeGreaterThanOrEqual(3);
  });

  it('is grouped by theme in ThemeId order', () => {
    const ranks = catalogue.map((i) => THEMES.indexOf(i.theme));
    for (let k = 1; k < ranks.length; k++) {
      expect(ranks[k]!, catalogue[k]!.id).toBeGreaterThanOrEqual(ranks[k - 1]!);
    }
  });

  it('has non-empty Dutch and English name, definition and unit', () => {
    for (const i of catalogue) {
      for (const text of [i.name, i.definition, i.unit]) {
        expect(text.nl.trim(), i.id).not.toBe('');
        expect(text.en.trim(), i.id).not.toBe('');
      }
    }
  });

  it('has a name and definition that are really translated', () => {
    for (const i of catalogue) {
      expect(i.name.nl, i.id).not.toBe(i.name.en);
      expect(i.definition.nl, i.id).not.toBe(i.definition.en);
    }
  });

  it('has definitions written as sentences', () => {
    for (const i of catalogue) {
      expect(i.definition.nl, i.id).toMatch(/^[A-Z0-9].*\.$/s);
      expect(i.definition.en, i.id).toMatch(/^[A-Z0-9].*\.$/s);
    }
  });

  it('has a valid good direction and kind', () => {
    for (const i of catalogue) {
      expect(['up', 'down'], i.id).toContain(i.goodDirection);
      expect(['objective', 'subjective'], i.id).toContain(i.kind);
    }
  });

  it('has non-empty, valid, distinct scales, smallest first', () => {
    for (const i of catalogue) {
      expect(i.scales.length, i.id).toBeGreaterThan(0);
      expect(new Set(i.scales).size, i.id).toBe(i.scales.length);
      for (const s of i.scales) expect(SCALES, i.id).toContain(s);
      const ranks = i.scales.map((s) => SCALES.indexOf(s));
      expect(ranks, i.id).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it('offers buurt or wijk figures for some indicators', () => {
    expect(catalogue.some((i) => i.scales.includes('buurt'))).toBe(true);
    expect(catalogue.some((i) => i.scales.includes('wijk'))).toBe(true);
  });

  it('names a source for every indicator and credits CBS products as CBS', () => {
    for (const i of catalogue) {
      expect(i.source.name.trim(), i.id).not.toBe('');
      expect(typeof i.source.cbs, i.id).toBe('boolean');
      if (i.source.table !== undefined) expect(i.source.table.trim(), i.id).not.toBe('');
      if (/^CBS\b|Politie\/CBS/.test(i.source.name)) expect(i.source.cbs, i.id).toBe(true);
      if (/^(RIVM|GGD|Leefbaarometer|Klimaatmonitor|Atlas Natuurlijk Kapitaal|DUO)\b/.test(i.source.name)) {
        expect(i.source.cbs, i.id).toBe(false);
      }
    }
  });

  it('includes subjective (perceived) indicators, in every theme where that is meaningful', () => {
    const subjective = catalogue.filter((i) => i.kind === 'subjective');
    expect(subjective.length).toBeGreaterThanOrEqual(1);
    expect(subjective.length).toBeGreaterThanOrEqual(20);
    for (const theme of THEMES_NEEDING_SUBJECTIVE) {
      expect(
        subjective.some((i) => i.theme === theme),
        theme,
      ).toBe(true);
    }
  });

  it('also includes objective indicators', () => {
    expect(catalogue.some((i) => i.kind === 'objective')).toBe(true);
  });

  it('has both good directions', () => {
    expect(catalogue.some((i) => i.goodDirection === 'up')).toBe(true);
    expect(catalogue.some((i) => i.goodDirection === 'down')).toBe(true);
  });

  it.each(REPRESENTATIVE)('includes the representative indicator $id', (r) => {
    const indicator = byId(r.id);
    expect(indicator, r.id).toBeDefined();
    expect(indicator?.theme).toBe(r.theme);
    expect(indicator?.goodDirection).toBe(r.goodDirection);
    if (r.kind) expect(indicator?.kind).toBe(r.kind);
  });

  it('gives the representative indicators the units of DOMAIN.md', () => {
    expect(byId('gezonde-levensverwachting')?.unit).toEqual({ nl: 'jaren', en: 'years' });
    // CBS publishes life satisfaction for persons aged 15 and over (StatLine 85542NED), not 18+ (issue 15).
    expect(byId('tevredenheid-met-leven')?.unit.nl).toContain('15+');
    expect(byId('mediaan-besteedbaar-huishoudinkomen')?.unit.nl).toMatch(/^EUR/);
    expect(byId('schulden-van-huishoudens')?.unit.nl).toMatch(/^EUR/);
    expect(byId('invoer-uit-lage-inkomenslanden')?.unit.nl).toBe('EUR per inwoner');
    expect(byId('groenblauwe-ruimte')?.unit.nl).toBe('m² per inwoner');
    expect(byId('stikstofoverschot-landbouw')?.unit.nl).toMatch(/per hectare/);
    expect(byId('broeikasgasvoetafdruk-buitenland')?.unit.nl).toMatch(/CO₂-equivalent per inwoner/);
    for (const id of ['overgewicht-volwassenen', 'netto-arbeidsparticipatie', 'langdurige-werkloosheid', 'vaak-onveilig-in-buurt']) {
      expect(byId(id)?.unit.nl, id).toMatch(/^%/);
    }
  });
});
