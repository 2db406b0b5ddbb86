import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReportFonts } from '../../../electron/backend/export/fonts';
import { AssessmentDocument } from '../../../shared/model/document';
import { reportContent } from '../../../shared/report/content';
import { renderPdf } from '../../../shared/report/pdf';
import { containsInOrder, keep, pdfText, toPng, words } from './pdf-tools';

const sample = AssessmentDocument.parse(JSON.parse(readFileSync('assets/examples/medtech-heerlen.json', 'utf8')));
const fonts = await readReportFonts('assets');

const WORDS = {
  nl: {
    heading: 'Beperkingen',
    data: 'Kwaliteit en kosten van de gegevens',
    lowQuality: 'gegevens van lage kwaliteit',
    mark: 'niet gekwantificeerd: Geen betrouwbaar wijkcijfer: het CBS meet levenstevredenheid alleen per gemeente.',
    expected: 'Verwacht effect (Medtech-logistiek campus met opleidingstraject): Welzijn',
    realised: 'Gerealiseerd effect: Milieu en grondstoffen',
    caveat: 'Let op: gegevens van lage kwaliteit, indicator bijgesteld',
    basis: 'Conclusies, bijdrage en de situatie zonder beleid',
    lasting: 'naar verwachting blijvend — 142 van de 182 werkenden',
    unintended: 'blijvend gebleken — Het wandelpad ligt er sinds 2025',
    sourceChange: 'bron gewijzigd op',
  },
  en: {
    heading: 'Limitations',
    data: 'Quality and cost of the data',
    lowQuality: 'low-quality data',
    mark: 'not quantified: Geen betrouwbaar wijkcijfer: het CBS meet levenstevredenheid alleen per gemeente.',
    expected: 'Expected effect (Medtech-logistiek campus met opleidingstraject): Well-being',
    realised: 'Realised effect: Environment and resources',
    caveat: 'Note: low-quality data, indicator adjusted',
    basis: 'Conclusions, contribution and the situation without the policy',
    lasting: 'expected to last — 142 van de 182 werkenden',
    unintended: 'has lasted — Het wandelpad ligt er sinds 2025',
    sourceChange: 'source changed on',
  },
};

describe('the limits in the PDF report of the sample', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`${lang}: a limitations chapter with data quality, caveats and what was not quantified; marks beside results`, () => {
      const w = WORDS[lang];
      const { bytes, laid } = renderPdf(reportContent(sample, { lang, phase: 'all', today: '2026-11-29' }), fonts);
      const path = keep(`limits-${lang}`, bytes);
      const hay = words(pdfText(path));
      for (const [name, text] of Object.entries(w)) expect(containsInOrder(hay, text), name).toBe(true);
      // The chapter is in the outline, and its page opens with its heading.
      const chapter = laid.outline.find((o) => o.title === w.heading && o.level === 1);
      expect(chapter).toBeDefined();
      const page = chapter!.page;
      const pageText = pdfText(path, page);
      expect(pageText.split('\n').slice(0, 8).join(' ')).toContain(w.heading);
      expect(pageText).toContain(w.data);
      // The effect map keeps Welzijn's expected effect and the realised effect on resources marked, not empty.
      const summary = pdfText(path, 3) + pdfText(path, 4);
      expect(summary.match(lang === 'nl' ? /niet\s+gekwantificeerd/g : /not\s+quantified/g)).toHaveLength(2);
      toPng(path, page, page + 1);
    });
  }

  it('a preparation report states data quality and the effects not quantified, without the evaluation parts', () => {
    const { bytes } = renderPdf(reportContent(sample, { lang: 'nl', phase: 'preparation', today: '2026-11-29' }), fonts);
    const text = pdfText(keep('limits-nl-preparation', bytes));
    const hay = words(text);
    expect(containsInOrder(hay, 'Beperkingen')).toBe(true);
    expect(containsInOrder(hay, WORDS.nl.expected)).toBe(true);
    expect(text).not.toContain('Gerealiseerd effect: Milieu en grondstoffen');
    expect(text).not.toContain('Kanttekening');
  });
});
