import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processEmpty } from '../../../../shared/analysis/rules/process-empty';
import { processOf } from '../../../../shared/analysis/value-for-money';
import { parseDocumentBytes } from '../../../../shared/model/load';
import { completeDocument } from '../build';
import { realised } from './fixtures';

/** A document in evaluation with a final value and an assessed realised effect, and no process evaluation. */
function evaluated() {
  const d = completeDocument();
  d.context.phase = 'evaluation';
  d.evaluation.finalValues = [{ indicatorId: 'i1', value: 55, date: '2027-12-31', note: '' }];
  d.evaluation.realisedEffects = [realised()];
  return d;
}

describe('rule process-empty', () => {
  it('does not fire on a complete preparation, nor on the sample with its process evaluation', () => {
    expect(processEmpty.applies(completeDocument())).toEqual([]);
    expect(processEmpty.applies(parseDocumentBytes(readFileSync('assets/examples/medtech-heerlen.json')).document)).toEqual([]);
  });

  it('fires (medium) when the evaluation is otherwise filled and the process step is empty', () => {
    expect(processEmpty.severity).toBe('medium');
    expect(processEmpty.applies(evaluated())).toHaveLength(1);
    const onlyLessons = completeDocument();
    onlyLessons.context.phase = 'evaluation';
    onlyLessons.evaluation.lessons = 'Eerder bijsturen.';
    expect(processEmpty.applies(onlyLessons)).toHaveLength(1);
    // An untouched process record counts as empty too.
    const untouched = evaluated();
    untouched.evaluation.process = structuredClone(processOf(untouched));
    expect(processEmpty.applies(untouched)).toHaveLength(1);
  });

  it('does not fire on a near miss: one thing in the process step, or an evaluation not started, or not yet in evaluation', () => {
    const one = evaluated();
    one.evaluation.process = { ...structuredClone(processOf(one)), hindered: 'Gebrek aan kinderopvang.' };
    expect(processEmpty.applies(one)).toEqual([]);
    const spent = evaluated();
    spent.evaluation.process = structuredClone(processOf(spent));
    spent.evaluation.process.spent.yearly = 0;
    expect(processEmpty.applies(spent)).toEqual([]);
    const fresh = completeDocument();
    fresh.context.phase = 'evaluation';
    expect(processEmpty.applies(fresh)).toEqual([]);
    const implementing = evaluated();
    implementing.context.phase = 'implementation';
    expect(processEmpty.applies(implementing)).toEqual([]);
  });
});
