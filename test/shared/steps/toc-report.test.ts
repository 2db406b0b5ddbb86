import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReportFonts } from '../../../electron/backend/export/fonts';
import { translate } from '../../../shared/i18n';
import { AssessmentDocument } from '../../../shared/model/document';
import { reportContent } from '../../../shared/report/content';
import { renderPdf } from '../../../shared/report/pdf';
import { effectEvidence } from '../../../shared/steps/expected-realised/evidence';
import { containsInOrder, keep, pdfText, toPng, words } from '../report/pdf-tools';

const sample = AssessmentDocument.parse(JSON.parse(readFileSync('assets/examples/medtech-heerlen.json', 'utf8')));
const fonts = await readReportFonts('assets');

/** The first page whose text holds `needle`. */
function pageWith(path: string, pages: number, needle: string): number {
  for (let p = 1; p <= pages; p++) if (pdfText(path, p).replace(/\s+/g, ' ').includes(needle)) return p;
  return 0;
}

describe('evidence beside an effect (the sample)', () => {
  const t = (lang: 'nl' | 'en') => (key: Parameters<typeof translate>[1], values?: Parameters<typeof translate>[2]) =>
    translate(lang, key, values);
  const work = sample.preparation.effects.find((e) => e.id === 'eff-p-arbeid')!;

  it("lists the outcome's indicators first (via the outcome), then the theme's, each with frozen target, last value and grade", () => {
    const ev = effectEvidence(sample, work, t('nl'), 'nl');
    expect(ev.outcome?.id).toBe('oc-werk');
    expect(ev.rows.map((r) => r.result.indicator.id)).toEqual(['ind-arbeidsparticipatie', 'ind-werkenden-medtech']);
    expect(ev.rows[0]!.via).toMatch(/^via uitkomst "Meer inwoners van Heerlen-Noord/);
    const frozen = sample.implementation.frozen!.indicators.find((i) => i.id === 'ind-arbeidsparticipatie')!;
    expect(ev.rows[0]!.target).toContain(`(${frozen.target!.year})`);
    expect(ev.rows[0]!.last).toMatch(/eindwaarde/);
    expect(ev.rows[0]!.grade).not.toMatch(/onbekend/);
    expect(ev.citizens.some((c) => c.includes('busjes van het uitzendbureau'))).toBe(true);
  });

  it('an effect without an outcome still shows the indicators on its theme', () => {
    const economy = sample.preparation.effects.find((e) => e.id === 'eff-p-economisch')!;
    const ev = effectEvidence(sample, economy, t('en'), 'en');
    expect(ev.outcome).toBeNull();
    expect(ev.rows.map((r) => [r.result.indicator.id, r.via])).toEqual([['ind-brp', 'same theme']]);
  });
});

describe('the PDF holds the chain and the evidence beside each effect, in Dutch and English', () => {
  const words_ = {
    nl: [
      'Schema van de veranderingstheorie',
      'Schakels van de keten',
      'aanname zonder onderbouwing',
      'Bewijs per effect',
      'Streefwaarde (vastgelegd)',
    ],
    en: ['Diagram of the theory of change', 'Links of the chain', 'assumption without evidence', 'Evidence per effect', 'Target (frozen)'],
  };
  for (const lang of ['nl', 'en'] as const)
    it(lang, () => {
      const { bytes, laid } = renderPdf(reportContent(sample, { lang, phase: 'all', today: '2026-11-29' }), fonts);
      const path = keep(`toc-${lang}`, bytes);
      const text = pdfText(path);
      const flat = text.replace(/\s+/g, ' ');
      for (const w of words_[lang]) expect(flat).toContain(w);
      const hay = words(text);
      // A link with its assumption and evidence, as entered (the sample's texts stay Dutch).
      expect(containsInOrder(hay, 'Pilot leerwerktraject logistiek 2022–2023: 46 van de 60 deelnemers kwamen via wijkteams binnen')).toBe(
        true,
      );
      expect(containsInOrder(hay, 'Een certificaat leidt tot een vaste baan en niet alleen tot tijdelijk uitzendwerk.')).toBe(true);
      // The diagram's boxes are text in the PDF too.
      const diagram = pageWith(path, laid.pages.length, words_[lang][0]!);
      expect(diagram).toBeGreaterThan(0);
      expect(pdfText(path, diagram)).toContain(lang === 'nl' ? 'Activiteiten' : 'Activities');
      toPng(path, diagram, diagram + 1);
      const evidence = pageWith(path, laid.pages.length, words_[lang][3]!);
      expect(evidence).toBeGreaterThan(0);
      toPng(path, evidence, evidence + 1);
    });
});
