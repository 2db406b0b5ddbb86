import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { noMainIndicator } from '../../../../shared/analysis/rules/no-main-indicator';
import { processOf } from '../../../../shared/analysis/value-for-money';
import { parseDocumentBytes } from '../../../../shared/model/load';
import { completeDocument } from '../build';

/** A document in evaluation with spending recorded and the given main indicators. */
function spentWith(main: { indicatorId: string; basis: 'total' }[]) {
  const d = completeDocument();
  d.context.phase = 'evaluation';
  d.evaluation.process = { ...structuredClone(processOf(d)), mainIndicators: main };
  d.evaluation.process.spent.oneOff = 250_000;
  return d;
}

describe('rule no-main-indicator', () => {
  it('does not fire on a complete preparation, nor on the sample', () => {
    expect(noMainIndicator.applies(completeDocument())).toEqual([]);
    expect(noMainIndicator.applies(parseDocumentBytes(readFileSync('assets/examples/medtech-heerlen.json')).document)).toEqual([]);
  });

  it('fires (low) when spending is recorded and no main outcome indicator is picked, or only one that is gone', () => {
    expect(noMainIndicator.severity).toBe('low');
    expect(noMainIndicator.applies(spentWith([]))).toHaveLength(1);
    expect(noMainIndicator.applies(spentWith([{ indicatorId: 'removed', basis: 'total' }]))).toHaveLength(1);
  });

  it('does not fire on a near miss: an indicator picked, no spending, or not in evaluation', () => {
    expect(noMainIndicator.applies(spentWith([{ indicatorId: 'i1', basis: 'total' }]))).toEqual([]);
    const none = spentWith([]);
    none.evaluation.process!.spent.oneOff = null;
    expect(noMainIndicator.applies(none)).toEqual([]);
    const implementing = spentWith([]);
    implementing.context.phase = 'implementation';
    expect(noMainIndicator.applies(implementing)).toEqual([]);
  });
});
