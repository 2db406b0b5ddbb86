import { describe, expect, it } from 'vitest';
import { readReportFonts } from '../../../electron/backend/export/fonts';
import type { AssessmentDocument } from '../../../shared/model/document';
import { reportContent } from '../../../shared/report/content';
import { BOTTOM } from '../../../shared/report/page';
import { renderPdf } from '../../../shared/report/pdf';
import { largeDocument } from '../../bench/large-document';
import { keep, pdfInfo, pdfText } from '../report/pdf-tools';

const fonts = await readReportFonts('assets');

/** The reference document with `total` measurements: `onFirst` of them on the first indicator, the rest spread over `spread` others. */
function manyMeasurements(total = 150_000, onFirst = 120_000, spread = 149): AssessmentDocument {
  const doc = largeDocument();
  const base = doc.implementation.measurements[0]!;
  const indicators = doc.preparation.indicators;
  doc.implementation.measurements = Array.from({ length: total }, (_, i) => {
    const day = new Date(Date.UTC(1700, 0, 1) + (i % onFirst) * 86_400_000).toISOString().slice(0, 10);
    return {
      ...base,
      id: `m${i}`,
      indicatorId: i < onFirst ? indicators[0]!.id : indicators[1 + (i % spread)]!.id,
      date: day,
      value: 40 + Math.sin(i / 500) * 10,
      note: '',
    };
  });
  return doc;
}

describe('a long report', () => {
  it('exports 150,000 measurements (content and layout) without a stack overflow, with a note of what was left out', () => {
    const content = reportContent(manyMeasurements(), { lang: 'nl', phase: 'implementation', today: '2026-11-29' });
    const { bytes } = renderPdf(content, fonts);
    const text = pdfText(keep('many-measurements', bytes)).replace(/\s+/g, ' ');
    expect(text).toContain('Per indicator staan alleen de laatste 20 metingen in dit rapport; 147000 eerdere metingen zijn weggelaten.');
    expect(text).toMatch(/119980 eerdere metingen \(1700-01-01 t\/m 2028-06-29\) weggelaten/);
    expect(Number(pdfInfo(keep('many-measurements', bytes)).Pages)).toBeLessThan(200);
  });

  it('lists every measurement when asked, and in English the note is English', () => {
    const doc = manyMeasurements(5_200, 5_000, 20);
    const all = reportContent(doc, { lang: 'en', phase: 'implementation', today: '2026-11-29', allMeasurements: true });
    const limited = reportContent(doc, { lang: 'en', phase: 'implementation', today: '2026-11-29' });
    const allText = pdfText(keep('measurements-all', renderPdf(all, fonts).bytes));
    const limitedText = pdfText(keep('measurements-limited', renderPdf(limited, fonts).bytes)).replace(/\s+/g, ' ');
    expect(allText).not.toContain('left out');
    expect(allText).toContain('1700-01-01');
    expect(limitedText).toContain('Per indicator only the last 20 measurements are in this report');
  });

  it('repeats the table header on every page of a table longer than a page', () => {
    const content = reportContent(largeDocument(), { lang: 'nl', phase: 'implementation', today: '2026-11-29' });
    const path = keep('long-table', renderPdf(content, fonts).bytes);
    const pages = Number(pdfInfo(path).Pages);
    const withHeader = Array.from({ length: pages }, (_, i) => i + 1).filter((p) => {
      const lines = pdfText(path, p).split('\n');
      return ['Indicator', 'Signaal', 'Meetwaarden'].every((h) => lines.some((l) => l.trim() === h));
    });
    // The measurement table runs over many pages: each of them starts with the header again.
    expect(withHeader.length).toBeGreaterThan(10);
    const runs = withHeader.filter((p, i) => withHeader[i - 1] === p - 1);
    expect(runs.length).toBeGreaterThan(8);
  });
  it('never leaves a table header alone at the foot of a page: a first row that does not fit takes the header along', () => {
    // The English limited report of this document had the measurement table's header alone at the foot of page 13.
    const doc = manyMeasurements(5_200, 5_000, 20);
    const { laid } = renderPdf(reportContent(doc, { lang: 'en', phase: 'implementation', today: '2026-11-29' }), fonts);
    const stranded = laid.pages.flatMap((page, i) => {
      const texts = page.items.flatMap((item) => (item.kind === 'text' && item.y < BOTTOM ? [item] : []));
      const headers = texts.filter((t) => t.bold && t.text === 'Values');
      return headers.filter((h) => !texts.some((t) => t.y > h.y + 1)).map(() => i + 1);
    });
    expect(stranded).toEqual([]);
  });
});
