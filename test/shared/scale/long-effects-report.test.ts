import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReportFonts } from '../../../electron/backend/export/fonts';
import type { AssessmentDocument } from '../../../shared/model/document';
import { reportContent } from '../../../shared/report/content';
import { renderPdf } from '../../../shared/report/pdf';
import { largeDocument } from '../../bench/large-document';
import { keep, pdfInfo, pdfText } from '../report/pdf-tools';

const fonts = await readReportFonts('assets');

/** The text of a long PDF (more than pdfText's buffer holds), through a file beside it. */
function longPdfText(path: string): string {
  execFileSync('pdftotext', ['-enc', 'UTF-8', path, `${path}.txt`]);
  return readFileSync(`${path}.txt`, 'utf8');
}

/** The reference document with `count` expected effects (its 48 repeated, each with its own id and a numbered rationale). */
function manyEffects(count: number): AssessmentDocument {
  const doc = largeDocument();
  const base = doc.preparation.effects;
  doc.preparation.effects = Array.from({ length: count }, (_, i) => ({
    ...structuredClone(base[i % base.length]!),
    id: `eff-many-${i}`,
    rationale: `Toelichting nummer ${i}.`,
  }));
  return doc;
}

describe('a report of many effects', () => {
  it('lists the first 10 per option and theme, says how many were left out, and lists them all when asked', { timeout: 300_000 }, () => {
    const doc = manyEffects(624);
    const options = { lang: 'nl', phase: 'preparation', today: '2026-11-29' } as const;
    const limited = keep('effects-limited', renderPdf(reportContent(doc, options), fonts).bytes);
    const text = pdfText(limited).replace(/\s+/g, ' ');
    // 13 entries per option and theme, 10 kept: 3 × 12 themes = 36 left out of each option's table.
    expect(text).toContain('Per optie en thema staan alleen de eerste 10 effecten in deze tabel; 36 effecten zijn weggelaten.');
    expect(text).toContain('Alle effecten opnemen');
    expect(text).toContain('Toelichting nummer 0.');
    expect(text).not.toContain('Toelichting nummer 623.');

    const all = keep('effects-all', renderPdf(reportContent(doc, { ...options, allEffects: true }), fonts).bytes);
    const allText = longPdfText(all).replace(/\s+/g, ' ');
    expect(allText).not.toContain('zijn weggelaten');
    expect(allText).toContain('Toelichting nummer 623.');
    expect(Number(pdfInfo(all).Pages)).toBeGreaterThan(Number(pdfInfo(limited).Pages));
  });

  it('keeps every effect of a document below the limit, and in English the note is English', { timeout: 300_000 }, () => {
    const few = reportContent(manyEffects(400), { lang: 'nl', phase: 'preparation', today: '2026-11-29' });
    const small = pdfText(keep('effects-few', renderPdf(few, fonts).bytes));
    expect(small.replace(/\s+/g, ' ')).toContain('Toelichting nummer 399.');
    expect(small).not.toContain('weggelaten');
    const en = reportContent(manyEffects(1_200), { lang: 'en', phase: 'preparation', today: '2026-11-29' });
    expect(pdfText(keep('effects-en', renderPdf(en, fonts).bytes)).replace(/\s+/g, ' ')).toContain(
      'Per option and theme only the first 10 effects are in this table; 180 effects are left out.',
    );
  });
});
