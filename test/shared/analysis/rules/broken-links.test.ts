import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { critique, findingText } from '../../../../shared/analysis/findings';
import { brokenLinksEvaluation, brokenLinksImplementation, brokenLinksPreparation } from '../../../../shared/analysis/rules/broken-links';
import { translate } from '../../../../shared/i18n';
import { AssessmentDocument } from '../../../../shared/model/document';

const sample = () => AssessmentDocument.parse(JSON.parse(readFileSync('assets/examples/medtech-heerlen.json', 'utf8')));

describe('rules broken-links-*', () => {
  it('do not fire on the sample', () => {
    const d = sample();
    for (const rule of [brokenLinksPreparation, brokenLinksImplementation, brokenLinksEvaluation]) expect(rule.applies(d)).toEqual([]);
  });

  it('fire in the phase whose part holds the broken link, with its path', () => {
    const d = sample();
    d.preparation.options.push({ ...d.preparation.options[0]! });
    d.implementation.measurements[0]!.indicatorId = 'ind-weg';
    expect(brokenLinksPreparation.applies(d).map((h) => h.key)).toEqual(['preparation.options[3].id']);
    expect(brokenLinksImplementation.applies(d).map((h) => h.key)).toEqual(['implementation.measurements[0].indicatorId']);
    expect(brokenLinksEvaluation.applies(d)).toEqual([]);
  });

  it('say what is wrong in words, in both languages', () => {
    const d = sample();
    d.evaluation.realisedEffects[0]!.effectId = 'eff-weg';
    const finding = critique(d).find((f) => f.rule === 'broken-links-evaluation')!;
    const nl = findingText(finding, 'nl', (key, values) => translate('nl', key, values));
    expect(nl).toContain('bij evaluation.realisedEffects[0].effectId: de id "eff-weg" hoort bij geen enkel onderdeel (meer)');
    const en = findingText(finding, 'en', (key, values) => translate('en', key, values));
    expect(en).toContain('the id "eff-weg" belongs to no item (any more)');
  });
});
