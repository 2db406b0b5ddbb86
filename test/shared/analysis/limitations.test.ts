import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conclusionBasis, indicatorLimits, limitations, notQuantifiedItems, sameSource } from '../../../shared/analysis/limitations';
import { relativeScores, sideBySide } from '../../../shared/analysis/options';
import { AssessmentDocument, type Measurement } from '../../../shared/model/document';
import { frozenView } from '../../../shared/model/freeze';
import { completeDocument, effect } from './build';
import { freeze, realised } from './rules/fixtures';

const m = (date: string, source: string, value = 1): Measurement => ({
  id: `m-${date}`,
  indicatorId: 'i1',
  date,
  value,
  source,
  note: '',
  comparison: null,
});

describe('the limits derivation', () => {
  it('gives no caveat for good data from one source', () => {
    const d = completeDocument();
    d.implementation.measurements = [m('2024-01-01', 'CBS'), m('2025-01-01', 'CBS (cijfer over 2024)')];
    const l = indicatorLimits(d, d.preparation.indicators[0]!);
    expect(l).toMatchObject({ quality: 'high', cost: 'low', reasons: [], changes: [], otherSources: [] });
  });

  it('marks low-quality data', () => {
    const d = completeDocument();
    d.preparation.indicators[0]!.dataQuality = 'low';
    expect(indicatorLimits(d, d.preparation.indicators[0]!).reasons).toEqual(['low-quality']);
  });

  it('marks a change of source between measurements, and measurements from another source than the indicator names', () => {
    const d = completeDocument();
    d.implementation.measurements = [m('2025-01-01', 'Bewonerspanel Heerlen-Noord'), m('2024-01-01', 'CBS'), m('2026-01-01', 'CBS')];
    const l = indicatorLimits(d, d.preparation.indicators[0]!);
    expect(l.reasons).toEqual(['source-changed']);
    expect(l.changes).toEqual([
      { date: '2025-01-01', from: 'CBS', to: 'Bewonerspanel Heerlen-Noord' },
      { date: '2026-01-01', from: 'Bewonerspanel Heerlen-Noord', to: 'CBS' },
    ]);
    expect(l.otherSources).toEqual(['Bewonerspanel Heerlen-Noord']);
  });

  it('reads the same source written differently as one source, and a different publisher as another', () => {
    expect(sameSource('Klimaatmonitor (Rijkswaterstaat)', 'Klimaatmonitor (cijfer over 2023)')).toBe(true);
    expect(sameSource('Verkeerstellingen gemeente Heerlen', 'Verkeerstelling gemeente (telslang, juni)')).toBe(true);
    expect(sameSource('VNG Burgerpeiling 2024, extra steekproef', 'VNG Burgerpeiling 2027, extra steekproef')).toBe(true);
    expect(sameSource('Politie/CBS Veiligheidsmonitor 2025 (Bron: CBS)', 'Bewonerspanel Heerlen-Noord')).toBe(false);
    expect(sameSource('RIVM Grootschalige Concentratiekaarten', 'RIVM GCN en eigen meetpunten')).toBe(false);
    expect(sameSource('', 'Wat dan ook')).toBe(true);
  });

  it('marks an indicator whose target an adjustment changed, with the decision date; merely naming it in a decision is no change', () => {
    const d = completeDocument();
    freeze(d);
    const adjustment = { id: 'a1', date: '2025-05-01', decision: 'Route', reason: 'Verkeer', effectIds: [], changesAmbition: false };
    d.implementation.adjustments = [{ ...adjustment, indicatorIds: ['i1'] }];
    expect(indicatorLimits(d, d.preparation.indicators[0]!).reasons).toEqual([]);
    d.preparation.indicators[0]!.target = { value: 55, year: 2027 };
    const l = indicatorLimits(d, d.preparation.indicators[0]!);
    expect(l.reasons).toEqual(['adjusted']);
    expect(l.adjustedOn).toEqual(['2025-05-01']);
  });

  it('lists what was marked not quantified: expected effects, realised effects and results, with their reasons', () => {
    const d = completeDocument();
    d.preparation.effects.push(effect({ id: 'e9', theme: 'welzijn', notQuantified: { reason: ' Geen wijkcijfer ' } }));
    d.evaluation.realisedEffects = [realised({ direction: null, notQuantified: { reason: '' } })];
    d.evaluation.notQuantifiedResults = [
      { indicatorId: 'i2', reason: 'Meting uitgesteld' },
      { indicatorId: 'weg', reason: 'indicator verwijderd' },
    ];
    const items = notQuantifiedItems(d).map((x) => [x.kind, x.kind === 'result' ? x.indicator.id : x.effect.id, x.reason]);
    expect(items).toEqual([
      ['effect', 'e9', 'Geen wijkcijfer'],
      ['realised', 'e1', ''],
      ['result', 'i2', 'Meting uitgesteld'],
    ]);
  });

  it('keeps a not-quantified effect in the side-by-side view without scoring it', () => {
    const d = completeDocument();
    const before = relativeScores(d, 'option-proposal');
    d.preparation.effects.push(effect({ id: 'e9', theme: 'welzijn', notQuantified: { reason: 'Geen wijkcijfer' } }));
    const row = sideBySide(d).find((r) => r.theme === 'welzijn');
    expect(row?.cells[0]?.effects.map((e) => e.id)).toEqual(['e9']);
    expect(relativeScores(d, 'option-proposal')).toEqual(before);
  });

  it('puts the contribution confidence and the zero option on the same theme beside a conclusion', () => {
    const d = completeDocument();
    d.preparation.effects.push(
      effect({ id: 'z1', optionId: 'option-zero', theme: 'arbeid-en-vrije-tijd', direction: 1, rationale: 'Landelijke trend' }),
      effect({ id: 'z2', optionId: 'option-zero', theme: 'milieu' }),
    );
    d.evaluation.realisedEffects = [realised({ contributionConfidence: 'low' })];
    const basis = conclusionBasis(d, d.preparation.effects[0]!);
    expect(basis.confidence).toBe('low');
    expect(basis.counterfactual.map((e) => e.id)).toEqual(['z1']);
    expect(conclusionBasis(d, d.preparation.effects[1]!).counterfactual).toEqual([]);
    expect(limitations(d).weakContribution.map((w) => w.effect.id)).toEqual(['e1']);
  });

  it('loads a file without any of the new fields, and the sample keeps an intact freeze', () => {
    const d = completeDocument();
    const reloaded = AssessmentDocument.parse(JSON.parse(JSON.stringify(d)));
    expect(reloaded.preparation.effects[0]!.notQuantified).toBeUndefined();
    expect(reloaded.evaluation.notQuantifiedResults).toBeUndefined();
    expect(limitations(reloaded).notQuantified).toEqual([]);
    const sample = AssessmentDocument.parse(JSON.parse(readFileSync('assets/examples/medtech-heerlen.json', 'utf8')));
    expect(frozenView(sample)?.intact).toBe(true);
    const l = limitations(sample);
    expect(l.marked.map((x) => [x.indicator.id, x.reasons])).toContainEqual(['ind-werkenden-medtech', ['low-quality', 'adjusted']]);
    expect(l.notQuantified.map((x) => x.kind)).toEqual(['effect', 'realised']);
  });
});
