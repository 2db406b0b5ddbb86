import { describe, expect, it } from 'vitest';
import {
  effectNotQuantifiedWithoutReason,
  realisedNotQuantifiedWithoutReason,
  resultNotQuantifiedWithoutReason,
} from '../../../../shared/analysis/rules/not-quantified-without-reason';
import { resultCaveatUnstated } from '../../../../shared/analysis/rules/result-caveat-unstated';
import { critique, findingText } from '../../../../shared/analysis/findings';
import { translate } from '../../../../shared/i18n';
import { completeDocument, effect } from '../build';
import { realised } from './fixtures';

/** A document in evaluation with a final value for i1. */
function evaluated(note = '') {
  const d = completeDocument();
  d.context.phase = 'evaluation';
  d.evaluation.finalValues = [{ indicatorId: 'i1', value: 58, date: '2027-06-01', note }];
  return d;
}

describe('rule result-caveat-unstated', () => {
  it('does not fire on a complete document, nor on a result from good data', () => {
    expect(resultCaveatUnstated.applies(completeDocument())).toEqual([]);
    expect(resultCaveatUnstated.applies(evaluated())).toEqual([]);
  });

  it('fires (low) on a result resting on low-quality data without a stated limitation, naming why', () => {
    const d = evaluated();
    d.preparation.indicators[0]!.dataQuality = 'low';
    const hits = resultCaveatUnstated.applies(d);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.itemId).toBe('i1');
    const f = critique(d).find((x) => x.rule === 'result-caveat-unstated')!;
    expect(f.severity).toBe('low');
    expect(findingText(f, 'nl', (k, v) => translate('nl', k, v))).toBe(
      'Het resultaat van "i1" rust op gegevens van lage kwaliteit, maar de beperking is niet toegelicht bij het resultaat.',
    );
    expect(findingText(f, 'en', (k, v) => translate('en', k, v))).toContain('rests on low-quality data');
  });

  it('fires on a changed source too, and not once the limitation is stated with the result', () => {
    const d = evaluated();
    d.implementation.measurements = [
      { id: 'a', indicatorId: 'i1', date: '2024-01-01', value: 50, source: 'CBS', note: '', comparison: null },
      { id: 'b', indicatorId: 'i1', date: '2025-01-01', value: 52, source: 'Eigen enquête', note: '', comparison: null },
    ];
    expect(resultCaveatUnstated.applies(d)).toHaveLength(1);
    d.evaluation.finalValues[0]!.note = 'Vanaf 2025 eigen enquête, niet volledig vergelijkbaar.';
    expect(resultCaveatUnstated.applies(d)).toEqual([]);
  });

  it('does not fire before the evaluation phase', () => {
    const d = evaluated();
    d.preparation.indicators[0]!.dataQuality = 'low';
    d.context.phase = 'implementation';
    expect(resultCaveatUnstated.applies(d)).toEqual([]);
  });
});

describe('rules *-not-quantified-without-reason', () => {
  it('do not fire on a complete document, nor on marks with a reason', () => {
    const d = evaluated();
    expect(effectNotQuantifiedWithoutReason.applies(d)).toEqual([]);
    d.preparation.effects.push(effect({ id: 'e9', theme: 'welzijn', notQuantified: { reason: 'Geen wijkcijfer' } }));
    d.evaluation.realisedEffects = [realised({ notQuantified: { reason: 'Niet geregistreerd' } })];
    d.evaluation.notQuantifiedResults = [{ indicatorId: 'i2', reason: 'Meting uitgesteld' }];
    expect(effectNotQuantifiedWithoutReason.applies(d)).toEqual([]);
    expect(realisedNotQuantifiedWithoutReason.applies(d)).toEqual([]);
    expect(resultNotQuantifiedWithoutReason.applies(d)).toEqual([]);
  });

  it('fire (low) on a mark without a reason (spaces are no reason), each where the mark is set', () => {
    const d = evaluated();
    d.preparation.effects.push(effect({ id: 'e9', theme: 'welzijn', notQuantified: { reason: '  ' } }));
    d.evaluation.realisedEffects = [realised({ notQuantified: { reason: '' } })];
    d.evaluation.notQuantifiedResults = [{ indicatorId: 'i2', reason: '' }];
    expect(effectNotQuantifiedWithoutReason.applies(d).map((h) => h.itemId)).toEqual(['e9']);
    expect(realisedNotQuantifiedWithoutReason.applies(d).map((h) => h.itemId)).toEqual(['e1']);
    expect(resultNotQuantifiedWithoutReason.applies(d).map((h) => h.itemId)).toEqual(['i2']);
    const findings = critique(d).filter((f) => f.rule.endsWith('not-quantified-without-reason'));
    expect(findings.map((f) => [f.severity, f.target.step])).toEqual([
      ['low', 'effects'],
      ['low', 'expected-realised'],
      ['low', 'results'],
    ]);
    const nl = findings.map((f) => findingText(f, 'nl', (k, v) => translate('nl', k, v)));
    expect(nl[0]).toBe('Niet gekwantificeerd zonder reden: verwacht effect op Welzijn. Zeg waarom er geen getal is.');
    expect(findingText(findings[2]!, 'en', (k, v) => translate('en', k, v))).toBe(
      'Not quantified without a reason: result of i2. Say why there is no number.',
    );
  });

  it('the evaluation ones wait for the evaluation phase', () => {
    const d = evaluated();
    d.context.phase = 'implementation';
    d.evaluation.realisedEffects = [realised({ notQuantified: { reason: '' } })];
    expect(realisedNotQuantifiedWithoutReason.applies(d)).toEqual([]);
  });
});
