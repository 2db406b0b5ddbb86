/**
 * Measurements pasted from a spreadsheet: one row per line, tab- or semicolon-separated,
 * columns indicator; date; value; [source]; [note]; [comparison area]; [comparison value].
 * Every row is checked on its own: good rows are kept, bad rows say what is wrong.
 */
import type { Localized } from '../framework/types';
import type { Indicator, Measurement } from '../model/document';
import { parseLocaleDate, parseLocaleNumber } from './numbers';

export type PastedRow =
  | { line: number; ok: true; measurement: Omit<Measurement, 'id'>; indicatorName: string }
  | { line: number; ok: false; cells: string[]; errors: Localized[] };

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
export function parsePastedMeasurements(text: string, indicators: readonly Indicator[], decimal: 'comma' | 'point' = 'comma'): PastedRow[] {
  const lines = text.split(/\r?\n/);
  const separator = lines.some((l) => l.includes('\t')) ? '\t' : ';';
  const rows: PastedRow[] = [];
  lines.forEach((raw, index) => {
    if (raw.trim() === '') return;
    const cells = raw.split(separator).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
    const line = index + 1;
    if (
      rows.length === 0 &&
      parseLocaleNumber(cells[2] ?? '', decimal) === null &&
      /[a-z]/i.test(cells[2] ?? '') &&
      !findIndicator(indicators, cells[0] ?? '')
    )
      return;
    const errors: Localized[] = [];
    const indicator = findIndicator(indicators, cells[0] ?? '');
    if (!indicator) errors.push({ nl: `onbekende indicator "${cells[0] ?? ''}"`, en: `unknown indicator "${cells[0] ?? ''}"` });
    const date = parseLocaleDate(cells[1] ?? '');
    if (!date)
      errors.push({
        nl: `ongeldige datum "${cells[1] ?? ''}" (gebruik bijvoorbeeld 31-12-2025)`,
        en: `invalid date "${cells[1] ?? ''}" (use for example 2025-12-31)`,
      });
    const value = parseLocaleNumber(cells[2] ?? '', decimal);
    if (value === null) errors.push({ nl: `ongeldige waarde "${cells[2] ?? ''}"`, en: `invalid value "${cells[2] ?? ''}"` });
    let comparison: Measurement['comparison'] = null;
    if ((cells[5] ?? '') !== '' || (cells[6] ?? '') !== '') {
      const cv = parseLocaleNumber(cells[6] ?? '', decimal);
      if (!cells[5] || cv === null)
        errors.push({ nl: 'vergelijking: geef een gebied en een waarde', en: 'comparison: give an area and a value' });
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
