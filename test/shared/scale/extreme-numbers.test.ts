import { describe, expect, it } from 'vitest';
import { readReportFonts } from '../../../electron/backend/export/fonts';
import { describeError } from '../../../shared/errors';
import { translate } from '../../../shared/i18n';
import { LoadError, parseDocumentText } from '../../../shared/model/load';
import { reportContent } from '../../../shared/report/content';
import { renderPdf } from '../../../shared/report/pdf';
import { largeDocument } from '../../bench/large-document';
import { keep, pdfText } from '../report/pdf-tools';

/** The small reference document as text, with one measurement's value replaced. */
function withValue(value: string): string {
  const doc = largeDocument();
  doc.preparation.indicators = doc.preparation.indicators.slice(0, 3);
  const ids = new Set(doc.preparation.indicators.map((i) => i.id));
  doc.implementation.measurements = doc.implementation.measurements.filter((m) => ids.has(m.indicatorId));
  doc.implementation.frozen = null;
  doc.implementation.adjustments = [];
  doc.preparation.perceivedOutcomes = [];
  doc.evaluation.perceivedResults = [];
  doc.evaluation.finalValues = doc.evaluation.finalValues.filter((f) => ids.has(f.indicatorId));
  return JSON.stringify(doc)
    .replace('"value":', `"value":${value},"was":`)
    .replace(/,"was":[-\d.e+]+/, '');
}

describe('numbers outside ±1e15', () => {
  it('a value of 1e308 is refused on load, with the field and the limit in Dutch and English', () => {
    let error: unknown;
    try {
      parseDocumentText(withValue('1e308'));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(LoadError);
    const info = (error as LoadError).info;
    expect(info.code).toBe('invalid-file');
    expect(info.problems?.[0]).toMatchObject({ code: 'field-too-big' });
    const nl = describeError((key, values) => translate('nl', key, values), info).join('\n');
    const en = describeError((key, values) => translate('en', key, values), info).join('\n');
    expect(nl).toMatch(/te groot of te lang \(hoogstens 1000000000000000\)/);
    expect(en).toMatch(/too large or too long \(at most 1000000000000000\)/);
    expect(() => parseDocumentText(withValue('-1e308'))).toThrow(LoadError);
  });

  it('a document with values of ±1e15 loads and its PDF draws every chart without NaN', async () => {
    const { document } = parseDocumentText(withValue('1e15'));
    document.implementation.measurements[1]!.value = -1e15;
    document.preparation.indicators[0]!.target = { value: -1e15, year: 2028 };
    const content = reportContent(document, { lang: 'nl', phase: 'all', today: '2026-11-29' });
    const { bytes, laid } = renderPdf(content, await readReportFonts('assets'));
    const items = JSON.stringify(laid.pages.map((p) => p.items));
    expect(items).not.toMatch(/null|NaN/);
    const text = pdfText(keep('extreme-numbers', bytes));
    expect(text).not.toMatch(/NaN|Infinity/);
    expect(text).toMatch(/1\.000\.000\.000\.000\.000/);
  });
});
