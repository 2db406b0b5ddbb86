import { describe, expect, it } from 'vitest';
import { unrecordedChange } from '../../../../shared/analysis/rules/unrecorded-change';
import { completeDocument } from '../build';
import { freeze } from './fixtures';

describe('rule unrecorded-change', () => {
  it('does not fire on a complete document', () => {
    expect(unrecordedChange.applies(completeDocument())).toEqual([]);
  });

  it('fires when a frozen target changed without an adjustment decision', () => {
    const d = completeDocument();
    freeze(d);
    d.preparation.indicators[0]!.target = { value: 55, year: 2027 };
    expect(unrecordedChange.applies(d)).toHaveLength(1);
  });

  it('does not fire when an adjustment decision names the changed indicator', () => {
    const d = completeDocument();
    freeze(d);
    d.preparation.indicators[0]!.target = { value: 55, year: 2027 };
    d.implementation.adjustments = [
      {
        id: 'a1',
        date: '2026-05-01',
        decision: 'Streefwaarde bijgesteld',
        reason: 'Minder budget',
        indicatorIds: [d.preparation.indicators[0]!.id],
        effectIds: [],
        changesAmbition: false,
      },
    ];
    expect(unrecordedChange.applies(d)).toEqual([]);
  });
});
