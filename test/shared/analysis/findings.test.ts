import { describe, expect, it } from 'vitest';
import { critique, type RuleId } from '../../../shared/analysis/findings';
import type { AssessmentDocument } from '../../../shared/model/document';
import { completeDocument, effect, indicator } from './build';

const rules = (doc: AssessmentDocument) => critique(doc).map((f) => f.rule);

/** Each rule: a change to the complete document that makes it fire. */
const cases: [RuleId, (d: AssessmentDocument) => void][] = [
  ['no-problem', (d) => void (d.preparation.problem = '  ')],
  ['no-ambition', (d) => void (d.preparation.ambition = '')],
  ['no-citizen-input', (d) => Object.assign(d.preparation, { citizenValues: '', citizenInvolvement: '' })],
  ['no-zero-option', (d) => void (d.preparation.options = d.preparation.options.filter((o) => !o.isZeroOption))],
  ['no-effects', (d) => void (d.preparation.effects = [])],
  ['no-later-effect', (d) => void (d.preparation.effects = d.preparation.effects.filter((e) => e.theme !== 'economisch-kapitaal'))],
  ['no-elsewhere-effect', (d) => void (d.preparation.effects = d.preparation.effects.filter((e) => e.theme !== 'milieu-en-grondstoffen'))],
  ['only-positive', (d) => void (d.preparation.effects = d.preparation.effects.filter((e) => (e.direction ?? 0) >= 0))],
  ['no-time-lag', (d) => d.preparation.effects.forEach((e) => (e.lag = null))],
  ['no-distribution', (d) => d.preparation.effects.forEach((e) => Object.assign(e, { gains: '', loses: '' }))],
  ['no-indicators', (d) => void (d.preparation.indicators = [])],
  ['theme-without-indicator', (d) => void (d.preparation.indicators = d.preparation.indicators.filter((i) => i.theme !== 'milieu'))],
  ['no-subjective-indicator', (d) => d.preparation.indicators.forEach((i) => (i.kind = 'objective'))],
  ['indicator-incomplete', (d) => void (d.preparation.indicators[0]!.baseline = null)],
  ['scale-mismatch', (d) => d.preparation.indicators.forEach((i) => (i.scale = 'gemeente'))],
  [
    'unrecorded-change',
    (d) => {
      d.implementation.frozen = {
        at: '2026-02-01T00:00:00.000Z',
        by: 'A',
        ambition: '',
        effects: structuredClone(d.preparation.effects),
        indicators: structuredClone(d.preparation.indicators),
      };
      d.context.phase = 'implementation';
      d.preparation.indicators[0]!.target = { value: 55, year: 2027 };
    },
  ],
  [
    'realised-without-evidence',
    (d) => {
      d.context.phase = 'evaluation';
      d.evaluation.realisedEffects = [
        {
          effectId: 'e1',
          direction: 1,
          evidence: '',
          contributionConfidence: 'high',
          contributionArgument: 'Deelnemers aan het traject vonden werk.',
          lag: 'short',
        },
      ];
    },
  ],
  [
    'realised-without-contribution',
    (d) => {
      d.context.phase = 'evaluation';
      d.evaluation.realisedEffects = [
        { effectId: 'e1', direction: 1, evidence: 'Registratie UWV', contributionConfidence: null, contributionArgument: '', lag: 'short' },
      ];
    },
  ],
];

describe('the critical friend', () => {
  it('has nothing to say about a complete preparation', () => {
    expect(critique(completeDocument())).toEqual([]);
  });

  it.each(cases)('%s fires when its gap is there, and only then', (rule, breakIt) => {
    const doc = completeDocument();
    expect(rules(doc)).not.toContain(rule);
    breakIt(doc);
    expect(rules(doc)).toContain(rule);
  });

  it('covers every rule with a case', () => {
    expect(new Set(cases.map(([r]) => r)).size).toBe(cases.length);
    expect(cases.length).toBe(18);
  });

  it('points each finding to a step, with the item where it is about one', () => {
    const doc = completeDocument();
    doc.preparation.indicators.push(indicator({ id: 'i9', theme: 'wonen', source: '', target: null }));
    doc.preparation.effects.push(effect({ id: 'e9', theme: 'gezondheid', direction: 1 }));
    const findings = critique(doc);
    const incomplete = findings.find((f) => f.id === 'indicator-incomplete:i9');
    expect(incomplete?.target).toEqual({ step: 'indicators', itemId: 'i9', field: 'target' });
    expect(incomplete?.message.nl).toBe('Indicator "i9" mist: streefwaarde, bron.');
    expect(incomplete?.message.en).toBe('Indicator "i9" lacks: target, source.');
    const theme = findings.find((f) => f.id === 'theme-without-indicator:gezondheid');
    expect(theme?.message.nl).toContain('Gezondheid');
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
    expect(found[0]!.message.nl).toBe(
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
