import { describe, expect, it } from 'vitest';
import { phaseProgress, progress } from '../../../shared/analysis/progress';
import { newDocument } from '../../../shared/model/document';
import { processOf } from '../../../shared/analysis/value-for-money';
import { completeDocument } from './build';

describe('progress per phase', () => {
  it('is low for a new document and grows as parts are filled', () => {
    const fresh = newDocument('nieuw', 'Nieuw', '2026-01-01T00:00:00.000Z');
    const start = phaseProgress(fresh, 'preparation').share;
    expect(start).toBeGreaterThan(0); // the title and the options are there
    expect(start).toBeLessThan(0.3);
    fresh.preparation.problem = 'Een probleem';
    expect(phaseProgress(fresh, 'preparation').share).toBeGreaterThan(start);
  });

  it('counts per-item requirements as fractions', () => {
    const doc = completeDocument();
    const before = phaseProgress(doc, 'preparation').requirements.find((r) => r.id === 'indicator-values')!.filled;
    expect(before).toBe(1);
    doc.preparation.indicators[0]!.target = null;
    expect(phaseProgress(doc, 'preparation').requirements.find((r) => r.id === 'indicator-values')!.filled).toBeCloseTo(2 / 3);
  });

  it('implementation needs the frozen expectations and a measurement per indicator', () => {
    const doc = completeDocument();
    expect(progress(doc).implementation.share).toBe(0);
    doc.implementation.frozen = { at: '2026-02-01T00:00:00.000Z', by: 'A', ambition: '', effects: [], indicators: [] };
    doc.implementation.measurements = [
      { id: 'm1', indicatorId: 'i1', date: '2026-06-30', value: 52, source: '', note: '', comparison: null },
    ];
    const p = progress(doc).implementation;
    expect(p.requirements.map((r) => r.filled)).toEqual([1, 1 / 3, 0]);
  });

  it('evaluation is complete when every part is there', () => {
    const doc = completeDocument();
    doc.evaluation = {
      ...doc.evaluation,
      finalValues: doc.preparation.indicators.map((i) => ({ indicatorId: i.id, value: 1, date: '2028-12-31', note: '' })),
      realisedEffects: doc.preparation.effects.map((e) => ({
        effectId: e.id,
        direction: 1,
        evidence: 'x',
        contributionConfidence: 'medium' as const,
        contributionArgument: 'x',
        lag: null,
      })),
      distribution: { gainers: 'Werkzoekenden', losers: '', inequality: 'down', explanation: '' },
      lessons: 'Les',
      recommendation: 'adjust',
      otherChoices: 'Ja',
      process: {
        ...processOf(doc),
        spent: { oneOff: 10, yearly: null, years: null, note: '' },
        hindered: 'Weinig kinderopvang',
        support: 'medium',
      },
    };
    doc.preparation.perceivedOutcomes = [];
    // Ten requirements (the process step asks no "carried out" while the theory names no activities); perceived is empty.
    expect(progress(doc).evaluation.share).toBeCloseTo(9 / 10);
  });
});
