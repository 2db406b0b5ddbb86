import { describe, expect, it } from 'vitest';
import { applyPaste, checkDuplicates, parsePastedMeasurements, type DuplicateChoice } from '../../../shared/analysis/paste';
import type { Measurement } from '../../../shared/model/document';
import { indicator } from './build';

const indicators = [indicator({ id: 'i1', theme: 'wonen', name: 'Tevredenheid met woning' })];
const text = [
  'Tevredenheid met woning\t31-12-2024\t61,5\tCBS',
  'Tevredenheid met woning\t31-12-2025\t63\tCBS\t\tParkstad\t60',
  'Tevredenheid met woning\t31-12-2025\t63\tCBS',
].join('\n');

function ids() {
  let n = 0;
  return () => `m${++n}`;
}

describe('duplicates in a paste', () => {
  it('the same paste twice adds nothing the second time', () => {
    const measurements: Measurement[] = [];
    const newId = ids();
    const first = applyPaste(
      measurements,
      checkDuplicates(parsePastedMeasurements(text, indicators, 'nl'), measurements),
      new Map(),
      newId,
    );
    expect(first).toEqual({ added: 3, replaced: 0, skipped: 0 });
    const again = checkDuplicates(parsePastedMeasurements(text, indicators, 'nl'), measurements);
    expect(again.every((c) => c.existing !== null)).toBe(true);
    const second = applyPaste(measurements, again, new Map(), newId);
    expect(second).toEqual({ added: 0, replaced: 0, skipped: 3 });
    expect(measurements).toHaveLength(3);
  });

  it('tells rows apart by indicator, date and comparison area', () => {
    const checked = checkDuplicates(parsePastedMeasurements(text, indicators, 'nl'), [
      { id: 'x', indicatorId: 'i1', date: '2025-12-31', value: 62, source: 'CBS', note: '', comparison: { area: ' parkstad ', value: 59 } },
    ]);
    expect(checked.map((c) => c.existing?.id ?? null)).toEqual([null, 'x', null]);
  });

  it('replaces the existing measurement when asked, keeping its id; skips by default', () => {
    const measurements: Measurement[] = [
      { id: 'old', indicatorId: 'i1', date: '2024-12-31', value: 60, source: 'GGD', note: 'oud', comparison: null },
    ];
    const rows = parsePastedMeasurements(text.split('\n')[0]!, indicators, 'nl');
    const skip = applyPaste(measurements, checkDuplicates(rows, measurements), new Map(), ids());
    expect(skip).toEqual({ added: 0, replaced: 0, skipped: 1 });
    expect(measurements[0]!.value).toBe(60);
    const choices = new Map<number, DuplicateChoice>([[1, 'replace']]);
    expect(applyPaste(measurements, checkDuplicates(rows, measurements), choices, ids())).toEqual({ added: 0, replaced: 1, skipped: 0 });
    expect(measurements).toEqual([
      { id: 'old', indicatorId: 'i1', date: '2024-12-31', value: 61.5, source: 'CBS', note: '', comparison: null },
    ]);
  });

  it('counts a row that repeats an earlier row of the same paste only once', () => {
    const twice = `${text.split('\n')[0]}\n${text.split('\n')[0]}`;
    const checked = checkDuplicates(parsePastedMeasurements(twice, indicators, 'nl'), []);
    expect(checked.map((c) => c.repeatsLine)).toEqual([null, 1]);
    const measurements: Measurement[] = [];
    expect(applyPaste(measurements, checked, new Map([[2, 'replace']]), ids())).toEqual({ added: 1, replaced: 0, skipped: 1 });
  });
});
