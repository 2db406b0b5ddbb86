/**
 * The frozen-field look-ups of renderer/components/locked.ts: indexed once per document, they give
 * the same answers as the searches they replace (adjustedValue without look-ups), and they follow
 * items added and removed after the freeze, also for an older file whose frozen view shares the
 * live lists.
 */
import { observable, runInAction } from 'mobx';
import { describe, expect, it } from 'vitest';
import { adjustedValue } from '../../../shared/analysis/adjusted';
import type { AssessmentDocument } from '../../../shared/model/document';
import { freezeRecord } from '../../../shared/model/freeze';
import { emptyOption } from '../../../shared/model/items';
import { adjustedField, isFrozenItem, stableFrozenView } from '../../../renderer/components/locked';
import { completeDocument, indicator } from '../../shared/analysis/build';

type Adjustment = AssessmentDocument['implementation']['adjustments'][number];
const adjustment = (id: string, date: string, itemId: string | null, field: string, to: number | string): Adjustment => ({
  id,
  date,
  decision: `besluit ${id}`,
  reason: 'reden',
  indicatorIds: [],
  effectIds: [],
  changesAmbition: false,
  changes: [{ itemId, field, from: null, to }],
});

function frozenDocument(snapshot: boolean): AssessmentDocument {
  const d = completeDocument();
  const record = freezeRecord(d, { by: 'Test', at: '2026-02-01T09:00:00.000Z' });
  d.implementation.frozen = snapshot
    ? record
    : { at: record.at, by: record.by, effects: record.effects, indicators: record.indicators, ambition: record.ambition };
  const first = d.preparation.indicators[0]!;
  first.target = { value: 70, year: 2027 };
  d.preparation.ambition = 'Nog meer mensen aan het werk.';
  d.implementation.adjustments = [
    adjustment('a1', '2026-03-01', first.id, 'target', 65),
    adjustment('a2', '2026-05-01', first.id, 'target', 70),
    adjustment('a3', '2026-04-01', first.id, 'target', 68),
    adjustment('a4', '2026-03-01', null, 'ambition', 'Nog meer mensen aan het werk.'),
  ];
  return observable(d);
}

describe.each([
  ['with a snapshot', true],
  ['an older file without snapshot', false],
])('frozen-field look-ups, %s', (_, snapshot) => {
  it('answer as the searches do, for every field asked of every item', () => {
    const doc = frozenDocument(snapshot);
    const view = stableFrozenView(doc)!;
    expect(stableFrozenView(doc)).toBe(view);
    const p = doc.preparation;
    const ids = [null, 'no-such-item', ...p.indicators.map((i) => i.id), ...p.effects.map((e) => e.id), ...p.options.map((o) => o.id)];
    const fields = ['target', 'targetYear', 'baseline', 'name', 'direction', 'ambition', 'id'];
    for (const id of ids)
      for (const field of fields)
        expect(adjustedField(doc, id, field, view), `${id} ${field}`).toEqual(adjustedValue(doc, id, field, view));
    const target = adjustedField(doc, p.indicators[0]!.id, 'target', view)!;
    expect([target.changed, target.adjustment?.id]).toEqual([true, 'a2']);
    expect(adjustedField(doc, null, 'ambition', view)?.adjustment?.id).toBe('a4');
  });

  it('follow items added and removed after the freeze', () => {
    const doc = frozenDocument(snapshot);
    const view = stableFrozenView(doc)!;
    const frozenIndicator = doc.preparation.indicators[0]!.id;
    expect(isFrozenItem(view, frozenIndicator)).toBe(true);
    runInAction(() => doc.preparation.indicators.push(indicator({ id: 'ind-later', theme: 'welzijn' })));
    expect(isFrozenItem(stableFrozenView(doc), 'ind-later')).toBe(false);
    // An older file's frozen view has only effects, indicators and ambition of its own: the rest is the live document.
    runInAction(() => doc.preparation.options.push(emptyOption('opt-later', 'Later')));
    expect(isFrozenItem(stableFrozenView(doc), 'opt-later')).toBe(!snapshot);
    runInAction(() => (doc.preparation.options = doc.preparation.options.filter((o) => o.id !== 'opt-later')));
    expect(isFrozenItem(stableFrozenView(doc), 'opt-later')).toBe(false);
    runInAction(() => doc.implementation.adjustments.push(adjustment('a5', '2026-06-01', frozenIndicator, 'target', 71)));
    expect(adjustedField(doc, frozenIndicator, 'target', stableFrozenView(doc)!)?.adjustment?.id).toBe('a5');
  });
});
