/**
 * The large reference document of the benchmarks: 12 themes affected, 150 indicators with 12
 * measurements each, 40 spill-overs, 4 options, all three phases filled. Seeded, so every run
 * measures the same work. `scale` multiplies the indicators (10 gives the ×10 document).
 */
import { catalogue } from '../../shared/framework/catalogue';
import { THEME_IDS } from '../../shared/framework/framework';
import { AssessmentDocument, Direction, SCHEMA_VERSION, type Effect, type Indicator, type Measurement } from '../../shared/model/document';
import { emptyEffect, emptyOption } from '../../shared/model/items';

/** A small, fast, seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sentence = (r: () => number, words: number) => {
  const pool = [
    'inwoners',
    'wijk',
    'werkgelegenheid',
    'gezondheid',
    'bereikbaarheid',
    'groen',
    'veiligheid',
    'onderwijs',
    'vertrouwen',
    'uitstoot',
    'woningen',
    'zorg',
    'regio',
    'gemeente',
    'effect',
    'na',
    'vijf',
    'jaar',
    'meer',
    'minder',
  ];
  return Array.from({ length: words }, () => pool[Math.floor(r() * pool.length)]).join(' ') + '.';
};

/** Builds the large reference document. */
export function largeDocument(scale = 1, seed = 20261129): AssessmentDocument {
  const r = rng(seed);
  const themes = THEME_IDS.slice(0, 12);
  const options = ['opt-a', 'opt-b', 'opt-c', 'opt-nul'].map((id, i) => ({
    ...emptyOption(id, i === 3 ? 'Nuloptie' : `Optie ${i + 1}`, i === 3),
    description: sentence(r, 30),
  }));
  const effects: Effect[] = options.flatMap((o) =>
    themes.map((theme) => ({
      ...emptyEffect(`eff-${o.id}-${theme}`, o.id, theme),
      direction: Direction.parse(Math.floor(r() * 5) - 2),
      confidence: (['low', 'medium', 'high'] as const)[Math.floor(r() * 3)]!,
      lag: (['none', 'short', 'medium', 'long'] as const)[Math.floor(r() * 4)]!,
      level: 'collectief' as const,
      scale: 'gemeente' as const,
      gains: sentence(r, 8),
      loses: sentence(r, 8),
      rationale: sentence(r, 40),
      evidence: sentence(r, 25),
    })),
  );
  const count = 150 * scale;
  const indicators: Indicator[] = Array.from({ length: count }, (_, i) => {
    const c = catalogue[i % catalogue.length]!;
    const base = 20 + r() * 60;
    return {
      id: `ind-${i}`,
      catalogueId: c.id,
      name: `${c.name.nl} (${i})`,
      definition: c.definition.nl,
      theme: themes[i % themes.length]!,
      unit: c.unit.nl,
      goodDirection: c.goodDirection,
      kind: c.kind,
      source: c.source.name,
      scale: c.scales[0] ?? null,
      level: 'individueel',
      baseline: { value: Math.round(base * 10) / 10, year: 2023 },
      target: { value: Math.round(base * 1.1 * 10) / 10, year: 2028 },
      frequency: 'yearly',
      dataCost: 'medium',
      dataQuality: 'high',
      owner: 'Team Onderzoek',
    };
  });
  const measurements: Measurement[] = indicators.flatMap((ind) =>
    Array.from({ length: 12 }, (_, k) => ({
      id: `m-${ind.id}-${k}`,
      indicatorId: ind.id,
      date: `${2024 + Math.floor(k / 4)}-${String((k % 4) * 3 + 3).padStart(2, '0')}-${k % 4 === 0 || k % 4 === 3 ? '31' : '30'}`,
      value: Math.round(ind.baseline!.value * (1 + ((r() - 0.3) * 0.1 * (k + 1)) / 12) * 10) / 10,
      source: 'CBS StatLine',
      note: k % 3 === 0 ? sentence(r, 10) : '',
      comparison: k % 4 === 0 ? { area: 'Nederland', value: Math.round(ind.baseline!.value * 10) / 10 } : null,
    })),
  );
  const spillovers = Array.from({ length: 40 }, (_, i) => ({
    id: `sp-${i}`,
    from: themes[i % 12]!,
    to: themes[(i * 5 + 3) % 12]!,
    sign: r() < 0.35 ? ('negative' as const) : ('positive' as const),
    strength: 1 + Math.floor(r() * 3),
    explanation: sentence(r, 20),
  }));
  const step = (prefix: string) =>
    Array.from({ length: 4 }, (_, i) => ({ id: `${prefix}-${i}`, text: sentence(r, 15), assumption: sentence(r, 12) }));
  const now = '2028-06-30T12:00:00.000Z';
  return AssessmentDocument.parse({
    schemaVersion: SCHEMA_VERSION,
    id: `groot-referentiedocument-x${scale}`,
    createdAt: '2024-01-15T09:00:00.000Z',
    updatedAt: now,
    context: {
      title: `Groot referentiedocument (×${scale})`,
      organisation: 'Gemeente Referentie',
      area: { name: 'Referentiestad', scale: 'gemeente' },
      owner: 'Afdeling Beleid',
      policyDomain: 'Sociaal domein',
      startDate: '2024-01-01',
      endDate: '2028-12-31',
      relatedProgrammes: sentence(r, 20),
      phase: 'evaluation',
      language: 'nl',
      author: 'Benchmark',
      version: '1.0',
    },
    preparation: {
      problem: sentence(r, 200),
      targetGroups: sentence(r, 40),
      citizenValues: sentence(r, 80),
      citizenInvolvement: sentence(r, 60),
      ambition: sentence(r, 80),
      ambitionScale: 'wijk',
      theoryOfChange: { activities: step('act'), outputs: step('out'), outcomes: step('oc'), impacts: step('imp') },
      options,
      preferredOptionId: 'opt-a',
      effects,
      spillovers,
      indicators,
      perceivedOutcomes: Array.from({ length: 8 }, (_, i) => ({
        id: `po-${i}`,
        description: sentence(r, 20),
        measurement: sentence(r, 15),
        theme: themes[i]!,
        indicatorId: indicators[i]!.id,
      })),
    },
    implementation: {
      frozen: { at: '2024-03-01T09:00:00.000Z', by: 'Benchmark', effects, indicators, ambition: 'Ambitie' },
      measurements,
      citizenSignals: Array.from({ length: 20 }, (_, i) => ({
        id: `cs-${i}`,
        date: '2025-05-01',
        source: 'Wijkgesprek',
        observation: sentence(r, 30),
        by: 'Wijkteam',
        theme: themes[i % 12]!,
      })),
      adjustments: Array.from({ length: 10 }, (_, i) => ({
        id: `adj-${i}`,
        date: '2026-01-15',
        decision: sentence(r, 25),
        reason: sentence(r, 25),
        indicatorIds: [indicators[i]!.id],
        effectIds: [effects[i]!.id],
        changesAmbition: i === 0,
      })),
    },
    evaluation: {
      finalValues: indicators.map((ind) => ({ indicatorId: ind.id, value: ind.target!.value * 0.95, date: '2028-06-30', note: '' })),
      realisedEffects: effects
        .filter((e) => e.optionId === 'opt-a')
        .map((e) => ({
          effectId: e.id,
          direction: e.direction,
          evidence: sentence(r, 20),
          contributionConfidence: 'medium',
          contributionArgument: sentence(r, 20),
          lag: e.lag,
        })),
      unintendedEffects: Array.from({ length: 6 }, (_, i) => ({
        id: `un-${i}`,
        theme: themes[i]!,
        direction: -1,
        description: sentence(r, 20),
        evidence: sentence(r, 15),
        spilloverFrom: null,
      })),
      perceivedResults: Array.from({ length: 8 }, (_, i) => ({
        perceivedOutcomeId: `po-${i}`,
        result: sentence(r, 20),
        source: 'Enquête',
        noticed: 'partly',
      })),
      distribution: { gainers: sentence(r, 20), losers: sentence(r, 20), inequality: 'down', explanation: sentence(r, 30) },
      lessons: sentence(r, 150),
      recommendation: 'adjust',
      recommendationReason: sentence(r, 40),
      otherChoices: sentence(r, 40),
    },
  });
}
