import { describe, expect, it } from 'vitest';
import { formatNumber, formatNumberInput, parseNumber } from '../../../shared/analysis/numbers';
import { parsePastedMeasurements } from '../../../shared/analysis/paste';
import { indicator } from './build';

describe('the one number parser, in the document notation', () => {
  it.each([
    ['12,5', 12.5],
    ['1.234', 1234],
    ['1.234,5', 1234.5],
    ['1.234.567', 1234567],
    ['1 234,5', 1234.5],
    ['1\u00a0234', 1234],
    ['1\u202f234,25', 1234.25],
    ['  7  ', 7],
    ['-3', -3],
    ['\u22123,25', -3.25],
    ['+0,25', 0.25],
    [',5', 0.5],
    ['45 %', 45],
    ['0', 0],
    ['007', 7],
  ])('Dutch reads %j as %s', (text, value) => {
    expect(parseNumber(text, 'nl')).toBe(value);
  });

  it.each([
    ['12.5', 12.5],
    ['1.234', 1.234],
    ['1,234', 1234],
    ['1,234.5', 1234.5],
    ['1,234,567.25', 1234567.25],
    ['1 234.5', 1234.5],
    ['\u22120.5', -0.5],
  ])('English reads %j as %s', (text, value) => {
    expect(parseNumber(text, 'en')).toBe(value);
  });

  it.each([
    '',
    '   ',
    '\u00a0',
    'abc',
    '1e308',
    '1e5',
    '1E-3',
    'NaN',
    'Infinity',
    '-Infinity',
    '0x10',
    '1.2.3',
    '12,',
    '12,5,3',
    '1.23,4',
    '12.5',
    '1,2.3',
    '1.234 567',
    '12 34',
    '--1',
    '+-1',
    '-',
    ',',
    '1,5\n2',
    '9'.repeat(400),
  ])('Dutch refuses %j', (text) => {
    expect(parseNumber(text, 'nl')).toBeNull();
  });

  it.each(['12,5', '1.2.3', '12.', '1,23', '1,234,56', '1.234,5', '1e3'])('English refuses %j', (text) => {
    expect(parseNumber(text, 'en')).toBeNull();
  });

  it('reads minus zero as zero', () => {
    expect(Object.is(parseNumber('-0', 'nl'), 0)).toBe(true);
    expect(Object.is(parseNumber('\u22120,0', 'nl'), 0)).toBe(true);
  });

  it.each([0, 12.5, -3.25, 1234567.125, 0.1 + 0.2, 1e21, 1.5e-9, -2e-30, Number.MAX_SAFE_INTEGER])(
    'reads back what a field shows of %s, in both notations',
    (value) => {
      for (const notation of ['nl', 'en'] as const) {
        const shown = formatNumberInput(value, notation);
        expect(shown).not.toMatch(/e/i);
        expect(parseNumber(shown, notation)).toBe(value);
      }
    },
  );
});

describe('fields and paste agree', () => {
  const indicators = [indicator({ id: 'i1', theme: 'wonen', name: 'Woningen' })];

  it.each([
    ['nl', '1.234', 1234],
    ['en', '1.234', 1.234],
    ['nl', '1.234,5', 1234.5],
    ['en', '1,234.5', 1234.5],
  ] as const)('%s pastes %j as %s, as a field reads it', (notation, text, value) => {
    const [row] = parsePastedMeasurements(`i1\t2024\t${text}`, indicators, notation);
    expect(row).toMatchObject({ ok: true, measurement: { value } });
    expect(parseNumber(text, notation)).toBe(value);
  });

  it('reads a 10,000-row paste, keeping good rows beside bad ones', () => {
    const lines = Array.from(
      { length: 10_000 },
      (_, i) => `i1\t${2000 + (i % 100)}\t${i % 500 === 0 ? '1.2.3' : formatNumber(i * 1000 + 0.5, 'nl', 1)}`,
    );
    const rows = parsePastedMeasurements(lines.join('\n'), indicators, 'nl');
    expect(rows).toHaveLength(10_000);
    expect(rows.filter((r) => !r.ok)).toHaveLength(20);
    expect(rows[1]).toMatchObject({ ok: true, measurement: { value: 1000.5 } });
    expect(rows[9_999]).toMatchObject({ ok: true, measurement: { value: 9_999_000.5 } });
  });
});
