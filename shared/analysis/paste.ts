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
