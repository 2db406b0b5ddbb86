import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../shared/analysis/numbers';
import { AssessmentDocument } from '../../../shared/model/document';
import { toCsv } from '../../../shared/report/csv';

const sample = AssessmentDocument.parse(JSON.parse(readFileSync('assets/examples/medtech-heerlen.json', 'utf8')));

/** A small RFC 4180 reader, to read the export back as Excel would. */
function readCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[i++];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('CSV export for Excel', () => {
  for (const separator of [';', ','] as const) {
    it(`read back with "${separator}" it equals the document's indicators and measurements`, () => {
      const doc = structuredClone(sample);
      doc.implementation.measurements[0]!.note = 'Met "aanhalingstekens"; een puntkomma, een komma\nen een nieuwe regel';
      const text = toCsv(doc, separator);
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const [header, ...rows] = readCsv(text.slice(1), separator);
      expect(header![0]).toBe('indicator_id');
      const notation = separator === ';' ? 'nl' : 'en';
      const col = (name: string) => header!.indexOf(name);
      const measured = rows.filter((r) => r[col('datum')] !== '');
      expect(measured).toHaveLength(doc.implementation.measurements.length);
      for (const m of doc.implementation.measurements) {
        const row = measured.find((r) => r[col('indicator_id')] === m.indicatorId && r[col('datum')] === m.date)!;
        expect(parseNumber(row[col('waarde')]!, notation)).toBe(m.value);
        expect(row[col('bron')]).toBe(m.source);
        expect(row[col('toelichting')]).toBe(m.note);
        expect(row[col('vergelijkingsgebied')]).toBe(m.comparison?.area ?? '');
        if (m.comparison) expect(parseNumber(row[col('vergelijkingswaarde')]!, notation)).toBe(m.comparison.value);
      }
      for (const ind of doc.preparation.indicators) {
        const row = rows.find((r) => r[col('indicator_id')] === ind.id)!;
        expect(row[col('indicator')]).toBe(ind.name);
        expect(row[col('eenheid')]).toBe(ind.unit);
        expect(parseNumber(row[col('nulmeting_waarde')]!, notation)).toBe(ind.baseline!.value);
        expect(Number(row[col('streefjaar')])).toBe(ind.target!.year);
      }
      if (separator === ';') expect(text).toMatch(/;79,4;/);
      else expect(text).toMatch(/,79\.4,/);
    });
  }

  it('has one row for an indicator without measurements, and English headers when asked', () => {
    const doc = structuredClone(sample);
    doc.implementation.measurements = [];
    const text = toCsv(doc, ';', 'en');
    const rows = readCsv(text.slice(1), ';');
    expect(rows[0]!.slice(0, 3)).toEqual(['indicator_id', 'indicator', 'theme']);
    expect(rows).toHaveLength(doc.preparation.indicators.length + 1);
  });
});
