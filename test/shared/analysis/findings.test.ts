import { describe, expect, it } from 'vitest';
import { critique, findingText, type Finding } from '../../../shared/analysis/findings';
import { RULES } from '../../../shared/analysis/rules/list';
import { processOf } from '../../../shared/analysis/value-for-money';
import { translate } from '../../../shared/i18n';
import { freeze, realised } from './rules/fixtures';
import type { AssessmentDocument } from '../../../shared/model/document';
import { completeDocument, effect, indicator } from './build';
import { chainDocument } from './toc-chain';

const rules = (doc: AssessmentDocument) => critique(doc).map((f) => f.rule);
const text = (f: Finding, lang: 'nl' | 'en') => findingText(f, lang, (key, values) => translate(lang, key, values));

describe('the critical friend', () => {
  it('has nothing to say about a complete preparation', () => {
    expect(critique(completeDocument())).toEqual([]);
  });

  it('runs every rule in the list: each one fires on a document that lacks everything', () => {
    const doc = completeDocument();
    freeze(doc);
    doc.context.phase = 'evaluation';
    const fired = new Set(critique(doc).map((f) => f.rule));
    Object.assign(doc.preparation, { problem: '', ambition: '', citizenValues: '', citizenInvolvement: '', options: [] });
    doc.preparation.effects.forEach((e) => Object.assign(e, { lag: null, gains: '', loses: '', groups: [] }));
    doc.preparation.indicators.forEach((i) => Object.assign(i, { kind: 'objective', baseline: null, scale: 'gemeente' }));
    doc.preparation.indicators[0]!.target = null;
    doc.preparation.indicators = doc.preparation.indicators.filter((i) => i.theme !== 'milieu');
    doc.evaluation.realisedEffects = [realised({ evidence: '', contributionArgument: '' })];
    for (const f of critique(doc)) fired.add(f.rule);
    const empty = completeDocument();
    Object.assign(empty.preparation, { effects: [], indicators: [] });
    for (const f of critique(empty)) fired.add(f.rule);
    const positive = completeDocument();
    positive.preparation.effects = positive.preparation.effects.filter((e) => (e.direction ?? 0) >= 0 && e.theme !== 'economisch-kapitaal');
    positive.preparation.effects = positive.preparation.effects.filter((e) => e.theme !== 'milieu-en-grondstoffen');
    for (const f of critique(positive)) fired.add(f.rule);
    const wrong = completeDocument();
    const [a, b] = wrong.preparation.indicators;
    Object.assign(a!, { baseline: { value: 62, year: 2023 }, target: { value: 55, year: 2020 } });
    b!.target = { ...b!.baseline! };
    wrong.implementation.measurements = [
      { id: 'm', indicatorId: 'i1', date: '2019-01-01', value: 1, source: '', note: '', comparison: null },
    ];
    // Links to items that are not there (rules broken-links-*; the preparation's fires on `doc` above: its options are gone).
    wrong.implementation.measurements.push({
      id: 'm2',
      indicatorId: 'i-weg',
      date: '2024-01-01',
      value: 1,
      source: '',
      note: '',
      comparison: null,
    });
    wrong.evaluation.realisedEffects = [realised({ effectId: 'e-weg' })];
    for (const f of critique(wrong)) fired.add(f.rule);
    const unpriced = completeDocument();
    unpriced.context.phase = 'evaluation';
    unpriced.evaluation.process = { ...processOf(unpriced), spent: { oneOff: 1, yearly: null, years: null, note: '' } };
    for (const f of critique(unpriced)) fired.add(f.rule);
    const chain = chainDocument();
    chain.preparation.theoryOfChange.outcomes[1]!.indicatorIds = [];
    chain.preparation.theoryOfChange.outputs[0]!.links![0]!.evidence = '';
    for (const f of critique(chain)) fired.add(f.rule);
    const limits = completeDocument();
    limits.context.phase = 'evaluation';
    limits.preparation.indicators[0]!.dataQuality = 'low';
    limits.preparation.effects[0]!.notQuantified = { reason: '' };
    limits.evaluation.finalValues = [{ indicatorId: 'i1', value: 55, date: '2027-01-01', note: '' }];
    limits.evaluation.realisedEffects = [realised({ notQuantified: { reason: '' } })];
    limits.evaluation.notQuantifiedResults = [{ indicatorId: 'i2', reason: '' }];
    for (const f of critique(limits)) fired.add(f.rule);
    expect([...fired].sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it('has a Dutch and an English message for every rule', () => {
    for (const rule of RULES) {
      expect(translate('nl', rule.message), rule.id).not.toBe(rule.message);
      expect(translate('en', rule.message), rule.id).not.toBe(rule.message);
    }
  });

  it('points each finding to a step, with the item where it is about one', () => {
    const doc = completeDocument();
    doc.preparation.indicators.push(indicator({ id: 'i9', theme: 'wonen', source: '', target: null }));
    doc.preparation.effects.push(effect({ id: 'e9', theme: 'gezondheid', direction: 1 }));
    const findings = critique(doc);
    const incomplete = findings.find((f) => f.id === 'indicator-incomplete:i9');
    expect(incomplete?.target).toEqual({ step: 'indicators', itemId: 'i9', field: 'target' });
    expect(text(incomplete!, 'nl')).toBe('Indicator "i9" mist: streefwaarde, bron.');
    expect(text(incomplete!, 'en')).toBe('Indicator "i9" lacks: target, source.');
    const theme = findings.find((f) => f.id === 'theme-without-indicator:gezondheid');
    expect(text(theme!, 'nl')).toContain('Gezondheid');
    expect(text(theme!, 'en')).toBe('The preferred option affects the theme Health, but it has no indicator.');
    expect(theme?.target).toEqual({ step: 'indicators', itemId: 'gezondheid' });
  });

  it('does not count a considered "no effect" (0) as an affected theme, but does count it as considered', () => {
    const doc = completeDocument();
    // milieu-en-grondstoffen has direction 0 and no indicator: no theme finding, and elsewhere is considered.
    expect(rules(doc)).not.toContain('theme-without-indicator');
    expect(rules(doc)).not.toContain('no-elsewhere-effect');
  });

  it('does not check evaluation rules before the evaluation phase', () => {
    const doc = completeDocument();
    doc.evaluation.realisedEffects = [
      { effectId: 'e1', direction: 1, evidence: '', contributionConfidence: null, contributionArgument: '', lag: null },
    ];
    expect(rules(doc)).not.toContain('realised-without-evidence');
  });

  it('sorts by severity, high first, and keeps ids unique', () => {
    const doc = completeDocument();
    doc.preparation.problem = '';
    doc.preparation.effects.forEach((e) => (e.lag = null));
    doc.preparation.ambition = '';
    const findings = critique(doc);
    expect(findings.map((f) => f.severity)).toEqual(['high', 'medium', 'low']);
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
  });

  it('accepts a negative spill-over as a considered trade-off', () => {
    const doc = completeDocument();
    doc.preparation.effects = doc.preparation.effects.filter((e) => (e.direction ?? 0) >= 0);
    doc.preparation.spillovers = [
      { id: 's1', from: 'economisch-kapitaal', to: 'milieu', sign: 'negative', strength: 2, explanation: 'Meer vrachtverkeer' },
    ];
    expect(rules(doc)).not.toContain('only-positive');
  });
});

describe('changes to frozen expectations', () => {
  it('are explained by an adjustment that names the item', () => {
    const doc = completeDocument();
    doc.implementation.frozen = {
      at: '2026-02-01T00:00:00.000Z',
      by: 'A',
      ambition: '',
      effects: structuredClone(doc.preparation.effects),
      indicators: structuredClone(doc.preparation.indicators),
    };
    doc.context.phase = 'implementation';
    expect(rules(doc)).not.toContain('unrecorded-change');
    doc.preparation.effects[0]!.direction = 1;
    doc.preparation.indicators.pop();
    const found = critique(doc).filter((f) => f.rule === 'unrecorded-change');
    expect(found.map((f) => f.id)).toEqual(['unrecorded-change:effect:e1:direction', 'unrecorded-change:indicator:i3:removed']);
    expect(text(found[0]!, 'nl')).toBe(
      'Het verwachte effect op Arbeid en vrije tijd heeft een andere verwachte richting sinds de verwachtingen zijn vastgelegd, ' +
        'zonder bijstellingsbesluit.',
    );
    doc.implementation.adjustments = [
      {
        id: 'a1',
        date: '2026-05-01',
        decision: 'Verwachting bijgesteld',
        reason: 'Minder budget',
        indicatorIds: ['i3'],
        effectIds: ['e1'],
        changesAmbition: false,
      },
    ];
    expect(rules(doc)).not.toContain('unrecorded-change');
  });
});
