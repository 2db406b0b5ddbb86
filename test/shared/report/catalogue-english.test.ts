import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReportFonts } from '../../../electron/backend/export/fonts';
import { catalogue, catalogueEntry } from '../../../shared/framework/catalogue';
import { AssessmentDocument } from '../../../shared/model/document';
import { reportContent } from '../../../shared/report/content';
import { renderPdf } from '../../../shared/report/pdf';
import { keep, pdfText } from './pdf-tools';

const sample = AssessmentDocument.parse(JSON.parse(readFileSync('assets/examples/medtech-heerlen.json', 'utf8')));
const fonts = await readReportFonts('assets');
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');

/** The catalogue's own Dutch names and units (current and earlier edition) that differ from the English. */
const dutchTexts = [
  ...new Set(
    catalogue.flatMap((c) =>
      [c.name, c.unit, c.former?.name, c.former?.unit].filter((l) => l !== undefined && l.nl !== l.en).map((l) => l!.nl),
    ),
  ),
];

/** Every text of the sample that its author wrote, apart from the catalogue texts of catalogue indicators. */
function authorTexts(doc: AssessmentDocument): string {
  const copy = structuredClone(doc);
  const frozen = copy.implementation.frozen;
  for (const list of [copy.preparation.indicators, frozen?.indicators ?? [], frozen?.snapshot?.preparation.indicators ?? []]) {
    for (const i of list) if (catalogueEntry(i.catalogueId)) Object.assign(i, { name: '', unit: '', definition: '' });
  }
  return squash(JSON.stringify(copy));
}

/** All strings of the report's blocks. */
function blockTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(blockTexts);
  if (value && typeof value === 'object') return Object.values(value).flatMap(blockTexts);
  return [];
}

describe('the English report of the sample keeps catalogue texts English (issue 15)', () => {
  const content = reportContent(sample, { lang: 'en', phase: 'all', today: '2026-11-29' });
  const path = keep('sample-en-catalogue', renderPdf(content, fonts).bytes);
  const pdf = squash(pdfText(path));
  const blocks = squash(blockTexts(content.blocks).join(' | '));
  const own = authorTexts(sample);

  it('holds no Dutch catalogue name or unit, in the PDF or its content blocks, unless the author wrote it', () => {
    const found = dutchTexts.filter((nl) => (pdf.includes(squash(nl)) || blocks.includes(squash(nl))) && !own.includes(squash(nl)));
    expect(found).toEqual([]);
    // The sample's catalogue indicators do show up, in English.
    expect(pdf).toContain('Satisfaction with life');
    expect(pdf).not.toContain('Tevredenheid met het leven');
    // The frozen snapshot is shown in English too, and its reference still checks out.
    expect(pdf).toContain(`reference ${sample.implementation.frozen!.hash!.slice(0, 12)}`);
    expect(pdf).not.toContain('no longer matches');
  });

  it('credits CBS in English and lists the origin of each catalogue indicator, with what is not verified', () => {
    expect(pdf).toContain('Source: CBS (CC BY 4.0)');
    // Every "Bron: CBS" left is in the author's own prose (evidence), never in a source or credit of ours.
    const ownCredits = (own.match(/Bron: CBS/g) ?? []).length;
    expect((pdf.match(/Bron: CBS/g) ?? []).length).toBeLessThanOrEqual(ownCredits);
    const at = content.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Sources');
    expect(JSON.stringify(content.blocks[at + 1])).not.toContain('Bron: CBS');
    for (const m of sample.implementation.measurements.filter((x) => x.source.includes('Bron: CBS'))) {
      expect(blocks, m.source).not.toContain(squash(m.source));
    }
    expect(pdf).toContain('Origin of the catalogue indicators');
    expect(pdf).toContain('StatLine 85146NED');
    expect(pdf).toMatch(/Not verified: table id or dataset/);
  });

  it('the report as frozen (from the snapshot) is English too, and its reference still checks out', () => {
    const frozen = reportContent(sample, { lang: 'en', phase: 'preparation', today: '2026-11-29', asFrozen: true });
    const text = squash(blockTexts(frozen.blocks).join(' | '));
    expect(dutchTexts.filter((nl) => text.includes(squash(nl)) && !own.includes(squash(nl)))).toEqual([]);
    expect(text).toContain('Satisfaction with life');
    expect(text).toContain(`reference ${sample.implementation.frozen!.hash!.slice(0, 12)}`);
    expect(text).not.toContain('no longer matches');
  });

  it('does the same in Dutch for the Dutch report', () => {
    const nl = reportContent(sample, { lang: 'nl', phase: 'all', today: '2026-11-29' });
    const text = squash(blockTexts(nl.blocks).join(' | '));
    expect(text).toContain('Herkomst van de indicatoren uit de catalogus');
    expect(text).toContain('Niet geverifieerd: tabelnummer of dataset');
    expect(text).toContain('Bron: CBS');
    expect(text).not.toContain('Source: CBS');
  });
});
