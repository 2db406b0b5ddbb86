import { describe, expect, it } from 'vitest';
import { signalNotes } from '../../../shared/analysis/grade-words';
import { indicatorSignal } from '../../../shared/analysis/signal';
import { differenceInDifferences, sourceChanges } from '../../../shared/analysis/trend';
import { indicatorSparkline } from '../../../shared/charts/indicator-sparkline';
import { translate } from '../../../shared/i18n';
import type { Measurement } from '../../../shared/model/document';
import { indicator } from './build';

const m = (date: string, value: number, source = '', comparison: Measurement['comparison'] = null): Measurement => ({
  id: `m-${date}`,
  indicatorId: 'i',
  date,
  value,
  source,
  note: '',
  comparison,
});
const t = (k: Parameters<typeof translate>[1], v?: Parameters<typeof translate>[2]) => translate('nl', k, v);

describe('sourceChanges', () => {
  it('flags a change of source between consecutive measurements', () => {
    const series = [m('2016-01-01', 70, 'GGD-monitor'), m('2018-01-01', 71, 'GGD-monitor'), m('2020-01-01', 74, 'Eigen enquête (n = 412)')];
    expect(sourceChanges(series)).toEqual([{ date: '2020-01-01', from: 'GGD-monitor', to: 'Eigen enquête (n = 412)' }]);
  });

  it('ignores case, spacing and measurements without a source', () => {
    expect(sourceChanges([m('2016-01-01', 1, 'CBS'), m('2017-01-01', 2, ''), m('2018-01-01', 3, ' cbs ')])).toEqual([]);
  });

  it('marks the change on the sparkline and says it in words', () => {
    const ind = indicator({ id: 'i', theme: 'gezondheid', baseline: { value: 70, year: 2015 }, target: { value: 75, year: 2022 } });
    const series = [m('2016-01-01', 70, 'GGD'), m('2020-01-01', 74, 'Gemeente')];
    const plain = indicatorSparkline(ind, [m('2016-01-01', 70, 'GGD'), m('2020-01-01', 74, 'GGD')], { width: 120, height: 32 })!;
    const marked = indicatorSparkline(ind, series, { width: 120, height: 32 })!;
    const verticals = (c: typeof plain) => c.shapes.filter((s) => s.kind === 'line' && s.x1 === s.x2);
    expect(verticals(plain)).toHaveLength(0);
    expect(verticals(marked)).toHaveLength(1);
    const notes = signalNotes(ind, series, indicatorSignal(ind, series), t, 'nl');
    expect(notes).toContain('Andere bron vanaf 2020-01-01: GGD → Gemeente; de waarden ervoor en erna zijn niet zonder meer vergelijkbaar.');
  });
});

describe('differenceInDifferences', () => {
  const up = indicator({ id: 'i', theme: 'arbeid-en-vrije-tijd' });
  const down = { ...up, goodDirection: 'down' as const };
  const series = [m('2020-01-01', 60, '', { area: 'Parkstad', value: 62 }), m('2024-01-01', 66, '', { area: 'Parkstad', value: 64 })];

  it('compares the change here with the change in the comparison area, in the good direction', () => {
    expect(differenceInDifferences(up, series)).toMatchObject({ area: 'Parkstad', own: 6, other: 2, difference: 4, verdict: 'better' });
    expect(differenceInDifferences(down, series)?.verdict).toBe('worse');
    expect(differenceInDifferences(up, series, 5)?.verdict).toBe('same');
  });

  it('needs two measurements with the same comparison area', () => {
    expect(differenceInDifferences(up, [series[0]!])).toBeNull();
    expect(differenceInDifferences(up, [series[0]!, m('2024-01-01', 66, '', { area: 'Limburg', value: 64 })])).toBeNull();
    expect(differenceInDifferences(up, [m('2020-01-01', 1), m('2021-01-01', 2)])).toBeNull();
  });

  it('says it in words beside the signal', () => {
    const notes = signalNotes(up, series, indicatorSignal(up, series), t, 'nl');
    expect(notes).toContain('Vergeleken met Parkstad: hier +6, daar +2; het verschil van +4 is beter dan het vergelijkingsgebied.');
  });
});
