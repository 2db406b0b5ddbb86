import { describe, expect, it } from 'vitest';
import { measurementBeforeBaseline } from '../../../../shared/analysis/rules/measurement-before-baseline';
import type { Measurement } from '../../../../shared/model/document';
import { completeDocument } from '../build';
import { freeze } from './fixtures';

const m = (indicatorId: string, date: string): Measurement => ({
  id: `m-${indicatorId}-${date}`,
  indicatorId,
  date,
  value: 51,
  source: '',
  note: '',
  comparison: null,
});

describe('rule measurement-before-baseline', () => {
  it('does not fire on a complete document with measurements from the baseline year on', () => {
    const d = completeDocument();
    freeze(d);
    d.implementation.measurements = [m('i1', '2023-01-01'), m('i1', '2025-12-31')];
    expect(measurementBeforeBaseline.applies(d)).toEqual([]);
  });

  it('fires once per indicator with measurements dated before the baseline year', () => {
    const d = completeDocument();
    freeze(d);
    d.implementation.measurements = [m('i1', '2022-06-30'), m('i1', '2021-12-31'), m('i2', '2024-01-01')];
    expect(measurementBeforeBaseline.applies(d)).toEqual([
      expect.objectContaining({ itemId: 'i1', params: { name: 'i1', count: 2, date: '2021-12-31', year: 2023 } }),
    ]);
  });

  it('does not fire on the last day before the baseline year’s start when the indicator has no baseline', () => {
    const d = completeDocument();
    d.preparation.indicators[0]!.baseline = null;
    d.implementation.measurements = [m('i1', '2022-12-31')];
    expect(measurementBeforeBaseline.applies(d)).toEqual([]);
  });
});
