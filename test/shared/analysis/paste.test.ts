import { describe, expect, it } from 'vitest';
import { parseLocaleDate } from '../../../shared/analysis/numbers';
import { translate } from '../../../shared/i18n';
import { parsePastedMeasurements } from '../../../shared/analysis/paste';
import { startEvaluation, startImplementation } from '../../../shared/model/transitions';
import { completeDocument, indicator } from './build';

describe('dates as Dutch and English users write them', () => {
  it.each([
    ['2025-06-30', '2025-06-30'],
    ['30-6-2025', '2025-06-30'],
    ['30/06/2025', '2025-06-30'],
    ['1.2.2025', '2025-02-01'],
    ['2025', '2025-12-31'],
    ['29-2-2024', '2024-02-29'],
  ])('reads the date %s', (text, iso) => {
    expect(parseLocaleDate(text)).toBe(iso);
  });

  it.each(['29-2-2025', '31-4-2025', '2025-13-01', '00-01-2025', 'gisteren', '', '1899'])('refuses the date %j', (text) => {
    expect(parseLocaleDate(text)).toBeNull();
  });
});

describe('pasting measurements', () => {
  const indicators = [
    indicator({ id: 'i1', theme: 'wonen', name: 'Tevredenheid met woning' }),
    indicator({ id: 'i2', theme: 'milieu', name: 'Groen per inwoner', catalogueId: 'groenblauwe-ruimte' }),
  ];

  it('reads tab-separated rows with decimal commas, skips a header, and keeps good rows beside bad ones', () => {
    const text = [
      'Indicator\tDatum\tWaarde\tBron',
      'Tevredenheid met woning\t31-12-2024\t81,5\tWoonmonitor',
      'groen per INWONER\t2025-06-30\t1.234,5',
      'Onbekend\t31-12-2024\t3',
      'i1\t31-13-2024\tveel',
      '',
    ].join('\n');
    const rows = parsePastedMeasurements(text, indicators, 'nl');
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({
      ok: true,
      line: 2,
      measurement: { indicatorId: 'i1', date: '2024-12-31', value: 81.5, source: 'Woonmonitor' },
    });
    expect(rows[1]).toMatchObject({ ok: true, measurement: { indicatorId: 'i2', value: 1234.5 } });
    expect(rows[2]).toMatchObject({ ok: false, line: 4 });
    const bad = rows[3] as Extract<(typeof rows)[number], { ok: false }>;
    expect(bad.errors.map((e) => translate('nl', `paste.${e.code}`, { text: e.text }))).toEqual([
      'ongeldige datum "31-13-2024" (gebruik bijvoorbeeld 31-12-2025)',
      'ongeldige waarde "veel"',
    ]);
    expect(bad.errors.map((e) => translate('en', `paste.${e.code}`, { text: e.text }))).toEqual([
      'invalid date "31-13-2024" (use for example 2025-12-31)',
      'invalid value "veel"',
    ]);
  });

  it('reads semicolon-separated rows and comparison values, by id or catalogue id', () => {
    const rows = parsePastedMeasurements('groenblauwe-ruimte;2024;12,5;CBS;;Nederland;10,1\ni1;2024;7;;;Parkstad;', indicators, 'nl');
    expect(rows[0]).toMatchObject({
      ok: true,
      measurement: { indicatorId: 'i2', date: '2024-12-31', value: 12.5, comparison: { area: 'Nederland', value: 10.1 } },
    });
    expect(rows[1]).toMatchObject({ ok: false, errors: [{ code: 'incompleteComparison' }] });
  });
});

describe('phase transitions', () => {
  it('into implementation freezes effects, indicators and ambition with a date and a name, without touching the original', () => {
    const doc = completeDocument();
    const next = startImplementation(doc, 'J. de Vries', '2026-03-01T10:00:00.000Z');
    expect(next.context.phase).toBe('implementation');
    expect(next.implementation.frozen).toMatchObject({
      at: '2026-03-01T10:00:00.000Z',
      by: 'J. de Vries',
      ambition: doc.preparation.ambition,
    });
    expect(next.implementation.frozen!.effects).toEqual(doc.preparation.effects);
    next.preparation.effects[0]!.direction = -2;
    expect(next.implementation.frozen!.effects[0]!.direction).toBe(2);
    expect(doc.context.phase).toBe('preparation');
    expect(startEvaluation(next).context.phase).toBe('evaluation');
  });
});
