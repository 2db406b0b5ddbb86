/**
 * Measurements pasted from a spreadsheet or read from a CSV or xlsx file: one row per record
 * (tab-, semicolon- or comma-separated; quoted cells may hold separators and line breaks), columns
 * indicator; date; value; [source]; [note]; [comparison area]; [comparison value]; [indicator id].
 * Every row is checked on its own: good rows are kept, bad rows say what is wrong.
 */
import Papa from 'papaparse';
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

/** The separator of pasted or CSV text: a tab when the first line has one, else a semicolon, else a comma (quoted parts ignored). */
export function guessSeparator(text: string): '\t' | ';' | ',' {
  const first = (text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '').replace(/"[^"]*"/g, '');
  if (first.includes('\t')) return '\t';
  if (first.includes(';') || !first.includes(',')) return ';';
  return ',';
}

/** Splits pasted or CSV text into rows of cells (papaparse: quoted cells may hold separators, quotes and line breaks). */
export function splitCells(text: string): { cells: string[]; line: number }[] {
  const clean = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(clean, { delimiter: guessSeparator(clean), skipEmptyLines: false });
  // The line where each row starts (a quoted line break makes a row span more lines).
  const rows: { cells: string[]; line: number }[] = [];
  let line = 1;
  for (const cells of parsed.data) {
    rows.push({ cells: cells.map((c) => c.trim()), line });
    line += 1 + cells.reduce((n, c) => n + (c.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
  }
  return rows;
}

/** Rows of cells as tab-separated text (quoted where a cell holds a tab, a quote or a line break): the bad rows left to fix. */
export function cellsAsText(rows: readonly (readonly string[])[]): string {
  return Papa.unparse(
    rows.map((r) => [...r]),
    { delimiter: '\t', newline: '\n' },
  );
}

/** Parses pasted text into rows; a header row (no number in the value column) is skipped. */
export function parsePastedMeasurements(text: string, indicators: readonly Indicator[], notation: NumberNotation): PastedRow[] {
  return parseMeasurementCells(splitCells(text), indicators, notation);
}

/**
 * Checks rows of cells (from paste, a CSV file or an xlsx sheet): columns indicator; date; value;
 * [source]; [note]; [comparison area]; [comparison value]; [indicator id]. Empty rows are left out; a first row
 * with a word in the value column and no known indicator is a header and is skipped.
 */
export function parseMeasurementCells(
  input: readonly { cells: readonly string[]; line: number }[],
  indicators: readonly Indicator[],
  notation: NumberNotation,
): PastedRow[] {
  const rows: PastedRow[] = [];
  let first = true;
  for (const { cells: raw, line } of input) {
    const cells = [...raw];
    if (cells.every((c) => c.trim() === '')) continue;
    const header =
      first &&
      parseNumber(cells[2] ?? '', notation) === null &&
      /[a-z]/i.test(cells[2] ?? '') &&
      !findIndicator(indicators, cells[0] ?? '');
    first = false;
    if (header) continue;
    const errors: PasteProblem[] = [];
    // The 8th column (the Excel export's indicator id) wins over the name when it names an indicator.
    const indicator = indicators.find((i) => i.id === (cells[7] ?? '').trim()) ?? findIndicator(indicators, cells[0] ?? '');
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
      continue;
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
  }
  return rows;
}

/** What to do with a pasted row that repeats an existing measurement. */
export type DuplicateChoice = 'skip' | 'replace';

/** A good pasted row, with the measurement it repeats (same indicator, date and comparison area) or an earlier row of the same paste. */
export interface CheckedRow {
  row: Extract<PastedRow, { ok: true }>;
  /** The existing measurement this row repeats. */
  existing: Measurement | null;
  /** An earlier row of the same paste with the same indicator, date and area: this one never counts. */
  repeatsLine: number | null;
}

/**
 * A measurement's identity for duplicates: its indicator, its date and its area. The area is the
 * document's own one for the value itself, so two measurements differ in area only by their
 * comparison area (none, or its name; case and spacing ignored).
 */
export function measurementKey(m: Pick<Measurement, 'indicatorId' | 'date' | 'comparison'>): string {
  return [m.indicatorId, m.date, m.comparison ? norm(m.comparison.area) : ''].join('\u0000');
}

/** The good rows, each marked where it repeats an existing measurement or an earlier pasted row. */
export function checkDuplicates(rows: readonly PastedRow[], existing: readonly Measurement[]): CheckedRow[] {
  const byKey = new Map(existing.map((m) => [measurementKey(m), m]));
  const seen = new Map<string, number>();
  const checked: CheckedRow[] = [];
  for (const row of rows) {
    if (!row.ok) continue;
    const key = measurementKey(row.measurement);
    checked.push({ row, existing: byKey.get(key) ?? null, repeatsLine: seen.get(key) ?? null });
    if (!seen.has(key)) seen.set(key, row.line);
  }
  return checked;
}

export interface PasteOutcome {
  added: number;
  replaced: number;
  skipped: number;
}

/**
 * Applies checked rows to the measurements: new rows are added (with an id from `newId`), rows that
 * repeat an existing measurement are skipped unless their choice is "replace" (then the existing
 * measurement takes the pasted values and keeps its id), and repeats within the paste are skipped.
 * Pasting the same text twice therefore adds nothing the second time.
 */
export function applyPaste(
  measurements: Measurement[],
  checked: readonly CheckedRow[],
  choices: ReadonlyMap<number, DuplicateChoice>,
  newId: () => string,
): PasteOutcome {
  const outcome: PasteOutcome = { added: 0, replaced: 0, skipped: 0 };
  for (const { row, existing, repeatsLine } of checked) {
    if (repeatsLine !== null) outcome.skipped++;
    else if (!existing) {
      measurements.push({ ...row.measurement, id: newId() });
      outcome.added++;
    } else if ((choices.get(row.line) ?? 'skip') === 'replace') {
      const target = measurements.find((m) => m.id === existing.id);
      if (target) Object.assign(target, row.measurement);
      outcome.replaced++;
    } else outcome.skipped++;
  }
  return outcome;
}
