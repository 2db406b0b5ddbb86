import { describe, expect, it } from 'vitest';
import { cellsAsText, guessSeparator, splitCells } from '../../../shared/analysis/paste';

describe('splitting with papaparse', () => {
  it('guesses tab, semicolon or comma from the first line, ignoring quoted parts', () => {
    expect(guessSeparator('a\tb;c\n')).toBe('\t');
    expect(guessSeparator('"x\ty";b;c')).toBe(';');
    expect(guessSeparator('Indicator,Date,Value\nA,2025-01-01,1.5')).toBe(',');
    expect(guessSeparator('alleen tekst')).toBe(';');
  });

  it('reads an English comma CSV with quoted commas, and gives each row the line it starts on', () => {
    const rows = splitCells('Indicator,Date,Value,Source,Note\r\nA,2025-01-01,"1,234.5",CBS,"one, two\r\nthree"\r\nB,2025-01-02,2,,\r\n');
    expect(rows.map((r) => r.line)).toEqual([1, 2, 4, 5]);
    expect(rows[1]!.cells).toEqual(['A', '2025-01-01', '1,234.5', 'CBS', 'one, two\r\nthree']);
  });

  it('writes bad rows back as tab-separated text that splits into the same cells', () => {
    const cells = [['Onbekend', '31-12-2025', '1,0', '', 'a\tb\nc "d"']];
    expect(splitCells(cellsAsText(cells))[0]!.cells).toEqual(cells[0]);
    expect(cellsAsText([['Onbekende indicator', '31-12-2025', '1,0']])).toBe('Onbekende indicator\t31-12-2025\t1,0');
  });
});
