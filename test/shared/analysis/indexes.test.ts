import { describe, expect, it } from 'vitest';
import { measurementsByIndicator } from '../../../shared/analysis/measurements';
import { indicatorResult, resultsIndex } from '../../../shared/analysis/results';
import { documentSignal, lagYearsByTheme } from '../../../shared/analysis/signal';
import { expectationChanges } from '../../../shared/analysis/changes';
import { largeDocument } from '../../bench/large-document';

// The indexes built once for all indicators give what the per-indicator lookups give, on the large reference document.
describe('indexes for many indicators', () => {
  const doc = largeDocument();
  const byIndicator = measurementsByIndicator(doc.implementation.measurements);

  it('signals with the lags of all themes at once equal the signals found per indicator, with and without a preferred option', () => {
    for (const preferred of [doc.preparation.preferredOptionId, null, doc.preparation.options.at(-1)!.id]) {
      const d = { ...doc, preparation: { ...doc.preparation, preferredOptionId: preferred } };
      const lags = lagYearsByTheme(d);
      expect(lags.size).toBeGreaterThan(0);
      for (const ind of d.preparation.indicators) {
        const series = byIndicator.get(ind.id) ?? [];
        expect(documentSignal(d, ind, series, lags)).toEqual(documentSignal(d, ind, series));
      }
    }
  });

  it('results with one index equal the results found per indicator, frozen or not, with or without a final value', () => {
    const unfrozen = { ...doc, implementation: { ...doc.implementation, frozen: null } };
    const fewer = { ...doc, evaluation: { ...doc.evaluation, finalValues: doc.evaluation.finalValues.slice(0, 10) } };
    for (const d of [doc, unfrozen, fewer]) {
      const index = resultsIndex(d);
      for (const ind of d.preparation.indicators) expect(indicatorResult(d, ind, index)).toEqual(indicatorResult(d, ind));
    }
  });
});

describe('changes to frozen expectations', () => {
  it('finds a changed baseline or target, and none where only the writing of the same value differs', () => {
    const doc = largeDocument();
    const [a, b, c, d] = doc.preparation.indicators.map((i) => i.id);
    const base = expectationChanges(doc).filter((x) => x.kind === 'indicator');
    const edited = structuredClone(doc);
    const at = (id: string) => edited.preparation.indicators.find((i) => i.id === id)!;
    at(a!).target = { ...at(a!).target!, value: at(a!).target!.value + 1 };
    at(b!).baseline = at(b!).baseline ? null : { value: 1, year: 2020 };
    at(c!).target = { ...at(c!).target!, year: at(c!).target!.year + 1 };
    // The same values, a field left undefined (JSON leaves it out): no change.
    at(d!).baseline = at(d!).baseline && ({ ...at(d!).baseline, extra: undefined } as never);
    const found = expectationChanges(edited).filter((x) => x.kind === 'indicator');
    const added = found.filter((x) => !base.some((y) => y.id === x.id && y.what === x.what)).map((x) => `${x.id} ${x.what}`);
    expect(added).toEqual([`${a} target`, `${b} baseline`, `${c} target`]);
  });
});
