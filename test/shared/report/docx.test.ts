import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type MessageValues } from '../../../shared/i18n';
import { AssessmentDocument } from '../../../shared/model/document';
import type { Block } from '../../../shared/report/blocks';
import { inReportLanguage } from '../../../shared/report/catalogue-lang';
import { reportContent, type ReportPhase } from '../../../shared/report/content';
import { renderDocx } from '../../../shared/report/docx/write';
import { raadsvoorstelContent } from '../../../shared/report/raadsvoorstel';
import { docxToPdf, paragraphs, soffice, unzip } from './docx-tools';
import { containsInOrder, keep, pdfInfo, pdfText, toPng, words } from './pdf-tools';

const sample = AssessmentDocument.parse(JSON.parse(readFileSync('assets/examples/medtech-heerlen.json', 'utf8')));
const PHASES: ReportPhase[] = ['all', 'preparation', 'implementation', 'evaluation'];
const office = soffice();

/** Every text a user entered (frozen copies excepted: they repeat), as in the PDF test. */
function enteredTexts(doc: AssessmentDocument): [string, string][] {
  const out: [string, string][] = [];
  const walk = (v: unknown, path: string) => {
    if (typeof v === 'string') {
      if (v.trim().length > 3 && !/^\d{4}-\d\d-\d\d/.test(v) && !/^[a-z0-9-]+$/.test(v)) out.push([path, v]);
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}.${i}`));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k !== 'frozen') walk(x, `${path}.${k}`);
  };
  walk(doc, 'doc');
  return out;
}

async function open(content: Parameters<typeof renderDocx>[0], options?: Parameters<typeof renderDocx>[1]) {
  const bytes = await renderDocx(content, options);
  const files = unzip(bytes);
  const xml = files.get('word/document.xml')!.toString('utf8');
  return { bytes, files, xml, paras: paragraphs(xml) };
}

const headingsOf = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'heading' ? [{ style: `Heading${b.level}`, text: b.text }] : []));
const chartCells = (blocks: Block[]) =>
  blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flat().filter((c) => typeof c !== 'string' && 'chart' in c) : []));

describe('the Word report of the sample, in both languages and for every phase choice', () => {
  for (const lang of ['nl', 'en'] as const)
    for (const phase of PHASES)
      it(`${lang}, ${phase}: headings in heading styles in order, real tables, sparklines as PNG, every entered text`, async () => {
        const content = reportContent(sample, { lang, phase, today: '2026-11-29' });
        const { files, xml, paras } = await open(content);

        // Headings: exactly the report's headings, in order, each in Word's heading style of its level.
        const headings = paras.filter((p) => p.style && /^Heading\d$/.test(p.style));
        expect(headings).toEqual(headingsOf(content.blocks));
        expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
        expect(files.get('word/styles.xml')!.toString('utf8')).toMatch(/w:styleId="Heading1"[\s\S]*?w:name w:val="Heading 1"/);
        // The table of contents is a TOC field over heading levels 1–2, updated when Word opens the file.
        expect(xml).toContain('TOC \\h \\o &quot;1-2&quot;');
        expect(files.get('word/settings.xml')!.toString('utf8')).toMatch(/<w:updateFields( w:val="true")?\/>/);
        // Tables are Word tables: one per table and field list, and the cover's fields.
        const tables = content.blocks.filter((b) => b.kind === 'table' || b.kind === 'fields').length + 1;
        expect(xml.match(/<w:tbl>/g)?.length).toBe(tables);
        expect(xml).toContain('<w:tblHeader/>');
        // Every sparkline and chart block (the theory-of-change diagram) is a PNG image in the package.
        const images = [...files.keys()].filter((n) => n.startsWith('word/media/'));
        expect(images.length).toBe(chartCells(content.blocks).length + content.blocks.filter((b) => b.kind === 'chart').length);
        for (const name of images) expect(files.get(name)!.subarray(1, 4).toString('latin1')).toBe('PNG');
        // The document's properties and language.
        expect(files.get('docProps/core.xml')!.toString('utf8')).toContain(`<dc:title>${sample.context.title}</dc:title>`);
        expect(files.get('word/styles.xml')!.toString('utf8')).toContain(`w:val="${lang === 'nl' ? 'nl-NL' : 'en-GB'}"`);
        // Every word the user entered is there, in the order of the text.
        const hay = words(paras.map((p) => p.text).join('\n'));
        if (phase === 'all') {
          const missing = enteredTexts(inReportLanguage(sample, lang)).filter(([, s]) => !containsInOrder(hay, s));
          expect(missing.map(([p]) => p)).toEqual([]);
        }
      });
});

describe('the paragraph for the council proposal', () => {
  for (const lang of ['nl', 'en'] as const)
    it(`${lang}: effect map, trade-offs, distribution and monitoring plan in Heading 2; every indicator; ≤ 2 pages`, async (ctx) => {
      const content = raadsvoorstelContent(sample, { lang, today: '2026-11-29' });
      const { bytes, xml, paras } = await open(content, { compact: true });
      const headings = paras.filter((p) => p.style?.startsWith('Heading'));
      expect(headings[0]!.style).toBe('Heading1');
      expect(headings.slice(1).every((h) => h.style === 'Heading2')).toBe(true);
      const names = headings.map((h) => h.text);
      const preferred = sample.preparation.options.find((o) => o.id === sample.preparation.preferredOptionId)!;
      const t = (key: MessageKey, values?: MessageValues) => translate(lang, key, values);
      expect(names.slice(1)).toEqual([
        t('tradeoff.report.effectMap', { option: preferred.name }),
        t('report.tradeoffs'),
        t('tradeoff.report.distribution'),
        t('word.rv.monitoring'),
      ]);
      expect(names[0]).toContain(preferred.name);
      const hay = words(paras.map((p) => p.text).join('\n'));
      for (const ind of inReportLanguage(sample, lang).preparation.indicators) expect(containsInOrder(hay, ind.name), ind.name).toBe(true);
      expect(xml.match(/<w:tbl>/g)!.length).toBeGreaterThanOrEqual(3);
      expect(xml).not.toContain('TOC \\o');

      if (!office.ok) {
        ctx.skip(`page count not measured: ${office.reason}`);
        return;
      }
      const path = keep(`raadsvoorstel-${lang}`, docxToPdf(bytes, `raadsvoorstel-${lang}`));
      toPng(path, 1, 2);
      expect(Number(pdfInfo(path).Pages)).toBeLessThanOrEqual(2);
      expect(containsInOrder(words(pdfText(path)), preferred.name)).toBe(true);
    }, 180_000);

  it('the full report converts to PDF in LibreOffice with every heading (page 1 kept to look at)', async (ctx) => {
    if (!office.ok) return ctx.skip(office.reason);
    const content = reportContent(sample, { lang: 'nl', phase: 'all', today: '2026-11-29' });
    const path = keep('docx-report-nl', docxToPdf(await renderDocx(content), 'docx-report-nl'));
    toPng(path, 1, 3);
    const hay = words(pdfText(path));
    for (const h of headingsOf(content.blocks)) expect(containsInOrder(hay, h.text), h.text).toBe(true);
  }, 180_000);
});
