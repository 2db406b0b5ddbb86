/** The process evaluation's report sections, read back from the PDF of the sample (pdftotext), in Dutch and English. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReportFonts } from '../../../electron/backend/export/fonts';
import { stepOf } from '../../../shared/steps/list';
import { parseDocumentBytes } from '../../../shared/model/load';
import { reportContent } from '../../../shared/report/content';
import { renderPdf } from '../../../shared/report/pdf';
import { keep, pdfText } from '../report/pdf-tools';

const sample = () => parseDocumentBytes(readFileSync('assets/examples/medtech-heerlen.json')).document;
const fonts = await readReportFonts('assets');
const squash = (s: string) => s.replace(/\s+/g, ' ');

/** The PDF of the evaluation chapter, the text of its pages, and the page that holds `heading`. */
function evaluationPdf(lang: 'nl' | 'en', heading: string) {
  const { bytes, laid } = renderPdf(reportContent(sample(), { lang, phase: 'evaluation', today: '2028-07-14' }), fonts);
  const path = keep(`process-${lang}`, bytes);
  const pages = laid.pages.map((_, i) => pdfText(path, i + 1));
  // The last page with the heading as a line of its own: the contents page lists it too.
  const page = pages.map((p, i) => (p.split('\n').some((l) => l.trim() === heading) ? i + 1 : 0)).reduce((a, b) => Math.max(a, b), 0);
  return { path, text: squash(pages.join('\n')), page };
}

describe('the process evaluation in the report', () => {
  it('nl: process, spending against plan, value for money with cost per unit and caveat, support and trust', () => {
    const { path, text, page } = evaluationPdf('nl', 'Waarde voor geld');
    for (const s of [
      'Procesevaluatie',
      'Uitgevoerd zoals gepland?',
      'Deels',
      'Bereik',
      '312 mensen',
      'Uitgaven naast de begroting',
      '€ 525.000 per jaar × 4 jaar',
      '€ 8.500.000',
      '€ 9.240.000',
      '+ € 740.000',
      '+8,7 %',
      'Wat veranderde onderweg',
      '10 maart 2025',
      'Waarde voor geld',
      'Gepland € 8.500.000, uitgegeven € 9.240.000: verschil + € 740.000 (+8,7 %).',
      '€ 15.775 per eenheid verbetering (aantal personen)',
      '€ 13.200.000 per eenheid verbetering (procentpunt)',
      'Let op: de bijdrage van het beleid aan deze verandering is onzeker',
      'Draagvlak en vertrouwen',
      'Draagvlak vooraf Redelijk draagvlak.',
      'Andere keuzes door brede welvaart (vooraf)',
    ])
      expect(text, s).toContain(s);
    expect(page).toBeGreaterThan(0);
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', String(page - 1), '-l', String(page), path, path.replace(/\.pdf$/, '-page')]);
  });

  it('en: the same sections in English words, the figures in English notation', () => {
    const { path, text, page } = evaluationPdf('en', 'Value for money');
    for (const s of [
      'Process evaluation',
      'Carried out as planned?',
      'Partly',
      'Spending against the budget',
      '€525,000 a year × 4 years',
      'Planned €8,500,000, spent €9,240,000: difference + €740,000 (+8.7 %).',
      '€15,775 per unit of improvement (aantal personen)',
      'Note: the contribution of the policy to this change is uncertain',
      'Support and trust',
      'Other choices because of broad prosperity (beforehand)',
    ])
      expect(text, s).toContain(s);
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', String(page - 1), '-l', String(page), path, path.replace(/\.pdf$/, '-page')]);
  });

  it('the step asks for what the process evaluation needs, and the sample fills it', () => {
    const reqs = stepOf('process').requirements!(sample());
    expect(reqs.map((r) => r.id)).toEqual(['carried-out', 'spending', 'helped-hindered', 'support']);
    expect(reqs.every((r) => r.filled === 1)).toBe(true);
  });
});
