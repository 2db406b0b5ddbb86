import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AssessmentDocument } from '../../../shared/model/document';
import { integrityProblems } from '../../../shared/model/integrity';
import { checkDocumentText, unknownFields } from '../../../shared/model/unknown-fields';

const sampleText = readFileSync('assets/examples/medtech-heerlen.json', 'utf8');
const sample = (): AssessmentDocument => AssessmentDocument.parse(JSON.parse(sampleText));

describe('integrityProblems', () => {
  it('finds nothing in the sample', () => {
    expect(integrityProblems(sample())).toEqual([]);
  });

  it('reports a second option with the same id at its JSON path, naming the first', () => {
    const doc = sample();
    doc.preparation.options[1]!.id = doc.preparation.options[0]!.id;
    expect(integrityProblems(doc)).toContainEqual({
      code: 'duplicate-id',
      params: { id: 'opt-campus', first: 'preparation.options[0].id' },
      path: 'preparation.options[1].id',
    });
  });

  it('treats the four columns of the theory of change as one namespace', () => {
    const doc = sample();
    doc.preparation.theoryOfChange.impacts[0]!.id = doc.preparation.theoryOfChange.activities[0]!.id;
    const [problem] = integrityProblems(doc);
    expect(problem).toMatchObject({ code: 'duplicate-id', path: 'preparation.theoryOfChange.impacts[0].id' });
  });

  it('reports two final values for one indicator', () => {
    const doc = sample();
    const value = { indicatorId: doc.preparation.indicators[0]!.id, value: 1, date: '2020-01-01', note: '' };
    doc.evaluation.finalValues = [value, { ...value }];
    expect(integrityProblems(doc).map((p) => p.path)).toContain('evaluation.finalValues[1].indicatorId');
  });

  it('reports every kind of dangling reference with its path', () => {
    const doc = sample();
    doc.preparation.effects[2]!.optionId = 'opt-weg';
    doc.preparation.preferredOptionId = 'opt-weg';
    doc.preparation.perceivedOutcomes[0]!.indicatorId = 'ind-weg';
    doc.implementation.measurements[0]!.indicatorId = 'ind-weg';
    doc.implementation.adjustments[0]!.indicatorIds = [doc.preparation.indicators[0]!.id, 'ind-weg'];
    doc.implementation.adjustments[0]!.effectIds = ['eff-weg'];
    doc.evaluation.realisedEffects[0]!.effectId = 'eff-weg';
    doc.evaluation.perceivedResults[0]!.perceivedOutcomeId = 'po-weg';
    doc.preparation.effects[0]!.groups = ['young', 'eigen-groep-weg'];
    const found = integrityProblems(doc).filter((p) => p.code === 'dangling-reference');
    expect(found.map((p) => p.path).sort()).toEqual(
      [
        'preparation.effects[2].optionId',
        'preparation.preferredOptionId',
        'preparation.perceivedOutcomes[0].indicatorId',
        'implementation.measurements[0].indicatorId',
        'implementation.adjustments[0].indicatorIds[1]',
        'implementation.adjustments[0].effectIds[0]',
        'evaluation.realisedEffects[0].effectId',
        'evaluation.perceivedResults[0].perceivedOutcomeId',
        'preparation.effects[0].groups[1]',
      ].sort(),
    );
    expect(found.find((p) => p.path === 'preparation.preferredOptionId')?.params).toEqual({ id: 'opt-weg' });
  });

  it('accepts a reference to an item that only the frozen expectations still hold', () => {
    const doc = sample();
    const frozenOnly = doc.implementation.frozen!.indicators[0]!.id;
    doc.preparation.indicators = doc.preparation.indicators.filter((i) => i.id !== frozenOnly);
    doc.preparation.perceivedOutcomes = [];
    doc.implementation.measurements[0]!.indicatorId = frozenOnly;
    expect(integrityProblems(doc).filter((p) => p.path === 'implementation.measurements[0].indicatorId')).toEqual([]);
  });
});

describe('unknown fields', () => {
  it('names each key the schema drops, with its path', () => {
    const raw = JSON.parse(sampleText);
    raw.extra = 1;
    raw.preparation.options[1].kleur = 'rood';
    raw.context['met spatie'] = true;
    const { warnings, errors } = checkDocumentText(JSON.stringify(raw));
    expect(errors).toEqual([]);
    expect(warnings.map((w) => w.path).sort()).toEqual(['context["met spatie"]', 'extra', 'preparation.options[1].kleur']);
    expect(warnings.find((w) => w.params.key === 'kleur')).toEqual({
      code: 'unknown-field',
      params: { key: 'kleur' },
      path: 'preparation.options[1].kleur',
    });
  });

  it('finds none where raw and parsed agree', () => {
    expect(unknownFields({ a: [{ b: 1 }] }, { a: [{ b: 1 }], c: 2 })).toEqual([]);
  });
});
