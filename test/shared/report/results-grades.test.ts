/**
 * The same grade in the report and the CSV: an indicator frozen at 50 → 60 and later adjusted to
 * 55, final value 56, reads "op de goede weg (60 % van de weg)" against the frozen target and
 * "doel gehaald" against the adjusted one, in the PDF (read back with pdftotext) and in the CSV.
 */
import { describe, expect, it } from 'vitest';
import { readReportFonts } from '../../../electron/backend/export/fonts';
import { gradeValue } from '../../../shared/analysis/grade';
import { indicatorResults } from '../../../shared/analysis/results';
import { translate } from '../../../shared/i18n';
import { reportContent } from '../../../shared/report/content';
import { toCsv } from '../../../shared/report/csv';
import { renderPdf } from '../../../shared/report/pdf';
import { completeDocument } from '../analysis/build';
import { freeze } from '../analysis/rules/fixtures';
import { keep, pdfText } from './pdf-tools';

const fonts = await readReportFonts('assets');

function adjusted() {
  const d = completeDocument();
  d.preparation.indicators[0]!.name = 'Ervaren gezondheid';
  freeze(d);
  d.context.phase = 'evaluation';
  d.preparation.indicators[0]!.target = { value: 55, year: 2027 };
  d.evaluation.finalValues = [
    { indicatorId: 'i1', value: 56, date: '2027-12-31', note: '' },
    { indicatorId: 'i2', value: 45, date: '2027-12-31', note: '' },
  ];
  return d;
}

describe('grades in the report and the CSV', () => {
  it('the results section grades against the frozen target first and names the adjusted one', () => {
    const content = reportContent(adjusted(), { lang: 'nl', phase: 'evaluation', today: '2027-12-31' });
    const text = pdfText(keep('results-grades-nl', renderPdf(content, fonts).bytes)).replace(/\s+/g, ' ');
    expect(text).toContain('Vastgelegd doel: 60 (2027) Bijgesteld doel: 55 (2027)');
    expect(text).toContain('◕ op de goede weg (60 % van de weg) Bijgesteld doel: ● doel gehaald (120 % van de weg)');
    expect(text).toContain('✖ verkeerde richting (-50 % van de weg)');
  });

  it('the CSV carries the same grades, per indicator', () => {
    const d = adjusted();
    const lines = toCsv(d, ';', 'nl')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const header = lines[0]!.split(';');
    const col = (name: string) => header.indexOf(translate('nl', name as Parameters<typeof translate>[1]));
    const row = (id: string) => lines.find((l) => l.startsWith(`${id};`))!.split(';');
    expect(row('i1')[col('gradeCsv.grade')]).toBe('op de goede weg');
    expect(row('i1')[col('gradeCsv.share')]).toBe('60');
    expect(row('i1')[col('gradeCsv.frozenTargetValue')]).toBe('60');
    expect(row('i1')[col('gradeCsv.adjustedGrade')]).toBe('doel gehaald');
    expect(row('i1')[col('gradeCsv.adjustedShare')]).toBe('120');
    expect(row('i2')[col('gradeCsv.grade')]).toBe('verkeerde richting');
    expect(row('i2')[col('gradeCsv.adjustedGrade')]).toBe('');
    expect(row('i3')[col('gradeCsv.grade')]).toBe('onbekend');
    // The results function, the CSV and the report share one grading.
    const [r1] = indicatorResults(d);
    expect(r1!.originalGrade).toEqual(gradeValue({ ...d.implementation.frozen!.indicators[0]!, margin: null }, 56));
  });

  it('the measurements section says "too early", a source change and the comparison area in words beside the signal', () => {
    const d = adjusted();
    d.context.phase = 'implementation';
    d.preparation.effects[0]!.lag = 'long'; // i1 measures e1's theme: its path starts in 2028
    d.implementation.measurements = [
      {
        id: 'a',
        indicatorId: 'i1',
        date: '2024-12-31',
        value: 52,
        source: 'GGD-monitor',
        note: '',
        comparison: { area: 'Parkstad', value: 51 },
      },
      {
        id: 'b',
        indicatorId: 'i1',
        date: '2025-12-31',
        value: 54,
        source: 'Eigen enquete',
        note: '',
        comparison: { area: 'Parkstad', value: 52 },
      },
    ];
    const content = reportContent(d, { lang: 'nl', phase: 'implementation', today: '2026-01-31' });
    const text = pdfText(keep('signal-notes-nl', renderPdf(content, fonts).bytes)).replace(/\s+/g, ' ');
    expect(text).toContain('te vroeg om te beoordelen Te vroeg om te beoordelen: de verwachte effecten worden pas vanaf 2028 zichtbaar.');
    expect(text).toContain('Andere bron vanaf 2025-12-31: GGD-monitor → Eigen enquete');
    expect(text).toContain('Vergeleken met Parkstad: hier +2, daar +1; het verschil van +1 is beter dan het vergelijkingsgebied.');
  });
});
