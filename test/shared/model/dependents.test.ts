import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dependentsOf, removeWithDependents } from '../../../shared/model/dependents';
import { parseDocumentText } from '../../../shared/model/load';

const sample = () => parseDocumentText(readFileSync('assets/examples/medtech-heerlen.json', 'utf8')).document;

describe('what goes with a deleted item (the Heerlen sample)', () => {
  it('names an option’s effects, its realised effects, adjustment links and the preference', () => {
    const doc = sample();
    const campus = doc.preparation.options.find((o) => o.name.startsWith('Medtech'))!;
    const effects = doc.preparation.effects.filter((e) => e.optionId === campus.id).length;
    const kinds = Object.fromEntries(dependentsOf(doc, { kind: 'option', id: campus.id }).map((d) => [d.kind, d.count]));
    expect(kinds).toMatchObject({ effects, preferred: 1 });
    expect(kinds.realised).toBeGreaterThan(0);
    expect(kinds.adjustmentLinks).toBeGreaterThan(0);
  });

  it('deletes an indicator with its measurements, final value and links, leaving no reference to it', () => {
    const doc = sample();
    const lorries = doc.preparation.indicators.find((i) => i.name.startsWith('Vrachtwagen'))!;
    const deps = dependentsOf(doc, { kind: 'indicator', id: lorries.id }).map((d) => d.kind);
    expect(deps).toEqual(expect.arrayContaining(['measurements', 'finalValues']));
    removeWithDependents(doc, { kind: 'indicator', id: lorries.id });
    expect(
      JSON.stringify(doc.preparation) + JSON.stringify(doc.evaluation) + JSON.stringify(doc.implementation.measurements),
    ).not.toContain(`"${lorries.id}"`);
    expect(doc.implementation.adjustments.every((a) => !a.indicatorIds.includes(lorries.id))).toBe(true);
    expect(dependentsOf(doc, { kind: 'indicator', id: lorries.id })).toEqual([]);
  });

  it('deletes an option with its effects and what refers to them; the preference moves to a remaining option', () => {
    const doc = sample();
    const campus = doc.preparation.options.find((o) => o.name.startsWith('Medtech'))!;
    const ids = doc.preparation.effects.filter((e) => e.optionId === campus.id).map((e) => e.id);
    removeWithDependents(doc, { kind: 'option', id: campus.id });
    expect(doc.preparation.options.map((o) => o.id)).not.toContain(campus.id);
    expect(doc.preparation.effects.some((e) => ids.includes(e.id))).toBe(false);
    expect(doc.evaluation.realisedEffects.some((r) => ids.includes(r.effectId))).toBe(false);
    expect(doc.implementation.adjustments.some((a) => a.effectIds.some((x) => ids.includes(x)))).toBe(false);
    expect(doc.preparation.preferredOptionId).toBe(doc.preparation.options[0]!.id);
  });

  it('an item nothing refers to has no dependents (deleted without a question)', () => {
    const doc = sample();
    const zero = doc.preparation.options.find((o) => o.isZeroOption)!;
    doc.preparation.effects = doc.preparation.effects.filter((e) => e.optionId !== zero.id);
    expect(dependentsOf(doc, { kind: 'option', id: zero.id })).toEqual([]);
  });
});
