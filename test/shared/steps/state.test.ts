import { describe, expect, it } from 'vitest';
import { critique } from '../../../shared/analysis/findings';
import { progress } from '../../../shared/analysis/progress';
import type { AssessmentDocument } from '../../../shared/model/document';
import { newDocument } from '../../../shared/model/document';
import { STEP_LIST } from '../../../shared/steps/list';
import { stepState } from '../../../shared/steps/state';
import { completeDocument } from '../analysis/build';

const state = (doc: AssessmentDocument, step: Parameters<typeof stepState>[0], visited = false) =>
  stepState(step, progress(doc), critique(doc), visited);

describe('a step state in the navigation', () => {
  it('is done when everything the step asks for is filled and no important finding points at it', () => {
    expect(state(completeDocument(), 'problem')).toBe('done');
  });

  it('is in progress when part is filled and no finding points at it, and is not started when nothing is', () => {
    const doc = completeDocument();
    doc.preparation.citizenValues = '';
    expect(critique(doc).filter((f) => f.target.step === 'problem' && f.severity !== 'low')).toEqual([]);
    expect(state(doc, 'problem')).toBe('in-progress');
    doc.preparation.ambition = ''; // now a finding points at the step: attention, as the findings panel says
    expect(state(doc, 'problem')).toBe('attention');
    Object.assign(doc.preparation, { problem: '', citizenValues: '' });
    expect(state(doc, 'problem')).toBe('not-started');
  });

  it('needs attention when all is filled but a finding of medium or high severity points at it', () => {
    const doc = completeDocument();
    doc.preparation.indicators.forEach((i) => (i.kind = 'objective'));
    expect(state(doc, 'indicators')).toBe('attention');
  });

  it('is done once visited for a step that asks for nothing, unless a finding points at it', () => {
    const doc = completeDocument();
    expect(state(doc, 'review')).toBe('not-started');
    expect(state(doc, 'review', true)).toBe('done');
    doc.context.phase = 'implementation';
    doc.implementation.frozen = { at: '2026-02-01T00:00:00.000Z', by: 'A', ambition: '', effects: [], indicators: [] };
    expect(state(doc, 'adjustments', true)).toBe('attention');
  });

  it('is never "klaar" in a new document before anything was entered (its proposal and zero option come by themselves)', () => {
    const doc = newDocument('nieuw-1', 'Nieuw', '2026-03-01T09:00:00.000Z');
    const requiring = STEP_LIST.filter((s) => s.requirements).map((s) => s.id);
    expect(requiring.filter((step) => state(doc, step) === 'done')).toEqual([]);
    expect(state(doc, 'options')).toBe('not-started');
    doc.preparation.options[0]!.description = 'Meer groen in de straten.';
    expect(state(doc, 'options')).toBe('done');
  });
});
