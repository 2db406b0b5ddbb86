import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../electron/cli';
import { startImplementation } from '../../shared/model/transitions';
import { completeDocument } from '../shared/analysis/build';
import { pdfText } from '../shared/report/pdf-tools';
import { tempDir } from '../helpers';

/** Everything but the print date on the cover. */
const withoutPrintDate = (text: string) => text.replace(/\n\d{1,2} \w+ \d{4}\n/, '\n<datum>\n');

describe('impactwijzer export --as-frozen', () => {
  it('writes the report as frozen, with the reference on the cover, the same after later measurements and adjustments', async () => {
    const dir = await tempDir();
    const file = join(dir, 'vastgelegd.json');
    const doc = startImplementation(completeDocument(), 'R. Griffier', '2026-11-29T10:00:00.000Z', {
      date: '2012-03-12',
      decision: 'raadsbesluit 12 maart 2012, nr. 2012/041',
    });
    await writeFile(file, JSON.stringify(doc));
    const first = await run(['export', file, '--as-frozen', '--out', join(dir, 'eerste.pdf')]);
    expect(first).toMatchObject({ code: 0, stderr: [] });
    const before = pdfText(join(dir, 'eerste.pdf'));
    expect(before).toContain('Rapport zoals vastgelegd (voorbereiding, ex ante)');
    expect(before).toContain(`Vastgelegd op 12 maart 2012 door R. Griffier, kenmerk ${doc.implementation.frozen!.hash!.slice(0, 12)}`);
    expect(before).toContain('raadsbesluit 12 maart 2012, nr. 2012/041');
    expect(before).not.toContain('Uitvoering (monitoring)');

    // A year of data and an adjustment later.
    const later = JSON.parse(await readFile(file, 'utf8')) as typeof doc;
    later.implementation.measurements.push({
      id: 'm1',
      indicatorId: 'i1',
      date: '2013-12-31',
      value: 57,
      source: 'CBS',
      note: '',
      comparison: null,
    });
    later.preparation.indicators[0]!.target = { value: 65, year: 2027 };
    later.implementation.adjustments.push({
      id: 'adj-1',
      date: '2016-05-03',
      decision: 'collegebesluit 3 mei 2016',
      reason: 'Sneller herstel.',
      indicatorIds: ['i1'],
      effectIds: [],
      changesAmbition: false,
      changes: [{ itemId: 'i1', field: 'target', from: 60, to: 65 }],
    });
    await writeFile(file, JSON.stringify(later));
    expect((await run(['export', file, '--as-frozen', '--out', join(dir, 'tweede.pdf')])).code).toBe(0);
    expect(withoutPrintDate(pdfText(join(dir, 'tweede.pdf')))).toBe(withoutPrintDate(before));

    // The current report shows the frozen and the adjusted target (the arrow in the symbols font, issue 19).
    expect((await run(['export', file, '--out', join(dir, 'nu.pdf')])).code).toBe(0);
    const now = pdfText(join(dir, 'nu.pdf')).replace(/\s+/g, ' ');
    expect(now).toContain('oorspronkelijk 60 % → bijgesteld 65 % (besluit 3 mei 2016)');
    expect(now).toContain('Fase Uitvoering (monitoring)');
  });

  it('exits 1 with a clear message, in Dutch or English, on a document that was never frozen', async () => {
    const dir = await tempDir();
    const file = join(dir, 'nooit.json');
    await writeFile(file, JSON.stringify(completeDocument()));
    const nl = await run(['export', file, '--as-frozen', '--out', join(dir, 'x.pdf')]);
    expect(nl).toMatchObject({ code: 1, stdout: [] });
    expect(nl.stderr.join('\n')).toContain('deze beoordeling is nooit vastgelegd, dus er is geen rapport zoals vastgelegd');
    const en = await run(['export', file, '--as-frozen', '--out', join(dir, 'x.pdf'), '--lang', 'en']);
    expect(en).toMatchObject({ code: 1 });
    expect(en.stderr.join('\n')).toContain('this assessment was never frozen, so there is no report as frozen');
    await expect(readFile(join(dir, 'x.pdf'))).rejects.toThrow();
  });
});
