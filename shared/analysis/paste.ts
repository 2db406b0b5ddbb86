/**
 * Measurements pasted from a spreadsheet: one row per line, tab- or semicolon-separated,
 * columns indicator; date; value; [source]; [note]; [comparison area]; [comparison value].
 * Every row is checked on its own: good rows are kept, bad rows say what is wrong.
 */
import type { Indicator, Measurement } from '../model/document';
import { parseLocaleDate, parseNumber, type NumberNotation } from './numbers';

/** What is wrong with a pasted row; the words are the catalogue's `paste.<code>`, with the cell as {{text}}. */
export interface PasteProblem {
  code: 'unknownIndicator' | 'invalidDate' | 'invalidValue' | 'incompleteComparison';
  text: string;
}

export type PastedRow =
  | { line: number; ok: true; measurement: Omit<Measurement, 'id'>; indicatorName: string }
  | { line: number; ok: false; cells: string[]; errors: PasteProblem[] };

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** Finds an indicator by its id, its catalogue id or its name (case and spacing ignored). */
export function findIndicator(indicators: readonly Indicator[], text: string): Indicator | null {
  const key = norm(text);
  if (!key) return null;
  return (
    indicators.find((i) => i.id === text.trim() || (i.catalogueId !== null && i.catalogueId === text.trim()) || norm(i.name) === key) ??
    null
  );
}

/** Parses pasted text into rows; a header row (no number in the value column) is skipped. */
export function parsePastedMeasurements(text: string, indicators: readonly Indicator[], notation: NumberNotation): PastedRow[] {
  const lines = text.split(/\r?\n/);
  const separator = lines.some((l) => l.includes('\t')) ? '\t' : ';';
  const rows: PastedRow[] = [];
  lines.forEach((raw, index) => {
    if (raw.trim() === '') return;
    const cells = raw.split(separator).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
    const line = index + 1;
    if (
      rows.length === 0 &&
      parseNumber(cells[2] ?? '', notation) === null &&
      /[a-z]/i.test(cells[2] ?? '') &&
      !findIndicator(indicators, cells[0] ?? '')
    )
      return;
    const errors: PasteProblem[] = [];
    const indicator = findIndicator(indicators, cells[0] ?? '');
    if (!indicator) errors.push({ code: 'unknownIndicator', text: cells[0] ?? '' });
    const date = parseLocaleDate(cells[1] ?? '');
    if (!date) errors.push({ code: 'invalidDate', text: cells[1] ?? '' });
    const value = parseNumber(cells[2] ?? '', notation);
    if (value === null) errors.push({ code: 'invalidValue', text: cells[2] ?? '' });
    let comparison: Measurement['comparison'] = null;
    if ((cells[5] ?? '') !== '' || (cells[6] ?? '') !== '') {
      const cv = parseNumber(cells[6] ?? '', notation);
      if (!cells[5] || cv === null) errors.push({ code: 'incompleteComparison', text: cells[6] ?? '' });
      else comparison = { area: cells[5].slice(0, 200), value: cv };
    }
    if (errors.length > 0 || !indicator || !date || value === null) {
      rows.push({ line, ok: false, cells, errors });
      return;
    }
    rows.push({
      line,
      ok: true,
      indicatorName: indicator.name,
      measurement: {
        indicatorId: indicator.id,
        date,
        value,
        source: (cells[3] ?? '').slice(0, 500),
        note: (cells[4] ?? '').slice(0, 2000),
        comparison,
      },
    });
  });
  return rows;
}
