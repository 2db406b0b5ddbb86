import { describe, expect, it } from 'vitest';
import { catalogue, citation, GROUP_BREAKDOWNS, PUBLISHER_IDS, publishers } from '../../../shared/framework/catalogue';

const ids = (ids: string[]) => catalogue.filter((c) => ids.includes(c.id));
const byId = (id: string) => catalogue.find((c) => c.id === id)!;
const ASPECTS = ['table', 'placement', 'unit', 'scales', 'lag', 'groups', 'publisher'];

describe('catalogue sources (issue 15)', () => {
  it('has at least 130 entries', () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(130);
  });

  it('gives every entry a publisher, a table or dataset, an edition, a lag, scales and a population', () => {
    for (const c of catalogue) {
      expect(PUBLISHER_IDS, c.id).toContain(c.source.publisher);
      expect(c.source.name.trim(), c.id).not.toBe('');
      expect(c.source.dataset.nl.trim() && c.source.dataset.en.trim(), c.id).toBeTruthy();
      expect(c.source.year, c.id).toBeGreaterThanOrEqual(2019);
      expect(Number.isInteger(c.lag) && c.lag >= 0 && c.lag <= 6, c.id).toBe(true);
      expect(c.scales.length, c.id).toBeGreaterThan(0);
      expect(c.population.nl.trim() && c.population.en.trim(), c.id).toBeTruthy();
      for (const g of c.groups) expect(GROUP_BREAKDOWNS, c.id).toContain(g);
    }
  });

  it('writes table ids as StatLine ids and never repeats the product as the table', () => {
    for (const c of catalogue) {
      if (c.source.table !== undefined) expect(c.source.table, c.id).toMatch(/^\d{5}(NED|ned|ENG)$/);
      expect(c.source.dataset.nl, c.id).not.toBe(c.source.name);
    }
  });

  it('credits CBS exactly on CBS entries, and never names CBS as publisher of a non-CBS entry', () => {
    for (const c of catalogue) {
      expect(c.source.cbs, c.id).toBe(c.source.publisher === 'cbs');
      for (const lang of ['nl', 'en'] as const) {
        const line = citation(c, lang);
        expect(/Bron: CBS|Source: CBS/.test(line), c.id).toBe(c.source.cbs);
        if (!c.source.cbs) expect(line.startsWith(publishers.cbs[lang]), c.id).toBe(false);
      }
    }
  });

  it('says what is unsure on every unverified entry, and nothing on verified ones', () => {
    for (const c of catalogue) {
      if (c.verified) expect(c.unsure, c.id).toBeUndefined();
      else {
        expect(c.unsure?.length, c.id).toBeGreaterThan(0);
        for (const a of c.unsure ?? []) expect(ASPECTS, c.id).toContain(a);
        if (!c.source.table && c.source.publisher === 'cbs') expect(c.unsure, c.id).toContain('table');
      }
    }
  });

  it('gives a survey margin on survey entries of the Health and Safety Monitors', () => {
    for (const c of catalogue.filter((x) => /Gezondheidsmonitor|Veiligheidsmonitor/.test(x.source.name))) {
      expect(c.survey?.margin.en, c.id).toBeTruthy();
      expect(c.kind === 'subjective' || c.groups.length > 0 || c.survey, c.id).toBeTruthy();
    }
  });

  it('holds the indicators local programmes asked for', () => {
    const wanted = [
      'jongeren-zonder-startkwalificatie',
      'voortijdig-schoolverlaters',
      'woonquote',
      'jongvolwassenen-bij-ouders',
      'tijdverlies-in-het-verkeer',
      'last-van-milieuproblemen',
      'langdurige-ziekte',
      'woningleegstand',
      'afstand-tot-openbaar-groen',
      'kenniskapitaalgoederenvoorraad',
      'invoer-materialen-ldc',
    ];
    expect(
      ids(wanted)
        .map((c) => c.id)
        .sort(),
    ).toEqual([...wanted].sort());
  });

  it('has entries of the publishers municipalities measure with besides CBS', () => {
    const names = catalogue.map((c) => `${c.source.publisher} ${c.source.name}`);
    for (const re of [
      /Gezondheidsmonitor/,
      /Veiligheidsmonitor/,
      /^vng .*Waarstaatjegemeente/i,
      /^duo /,
      /^uwv /,
      /^kadaster /,
      /Atlas Leefomgeving/,
    ]) {
      expect(
        names.some((n) => re.test(n)),
        String(re),
      ).toBe(true);
    }
  });

  it('places and credits the entries the audit named as CBS does', () => {
    expect(byId('groenblauwe-ruimte').theme).toBe('natuurlijk-kapitaal');
    expect(byId('bruto-regionaal-product-per-inwoner').theme).toBe('materiele-welvaart');
    expect(byId('huishoudelijk-restafval').theme).not.toMatch(/handel-en-hulp|milieu-en-grondstoffen/);
    expect(byId('circulair-materiaalgebruik').theme).not.toMatch(/handel-en-hulp|milieu-en-grondstoffen/);
    expect(byId('directe-investeringen-in-lage-inkomenslanden').source.cbs).toBe(false);
    expect(byId('geldovermakingen-naar-lage-inkomenslanden').unit.nl).toBe('% van het bbp');
    expect(byId('woon-werkafstand').source.name).not.toMatch(/Regionale Monitor/);
    expect(byId('gezonde-levensverwachting').groups).toContain('sex');
    for (const id of ['vertrouwen-in-andere-mensen', 'vertrouwen-in-instituties', 'tevredenheid-met-vrije-tijd']) {
      expect(byId(id).scales, id).toContain('gemeente');
    }
  });

  it('cites a CBS table with its id, title, year and credit', () => {
    expect(citation(byId('vaak-onveilig-in-buurt'), 'en')).toBe(
      'CBS (Statistics Netherlands), StatLine 85146NED: Safety Monitor; key figures, region (2023). Source: CBS',
    );
    expect(citation(byId('vertrouwen-in-gemeentebestuur'), 'nl')).not.toMatch(/CBS/);
  });
});
