import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/en';
import { nl } from '../../shared/i18n/nl';

// The renderer as built by the test setup (test/setup/build-renderer.ts).
const dir = 'out/renderer';
const html = () => readFileSync(join(dir, 'index.html'), 'utf8');
const chunks = () => readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js'));
const read = (file: string) => readFileSync(join(dir, 'assets', file), 'utf8');
const isWorker = (file: string) => file.startsWith('report.worker');
/** The start chunk: the page's module script that is not the early calls' (index.html loads those first, `async`). */
const startChunk = () => /<script type="module" crossorigin src="\.?\/?assets\/([^"]+\.js)"/.exec(html())?.[1];

describe('the built renderer', () => {
  it('loads the English catalogue only on demand: the start chunk has none of it, a lazy chunk has it', () => {
    const entry = startChunk();
    expect(entry).toMatch(/^index-/);
    const english = en.app.tagline;
    expect(read(entry!).includes(english), 'English in the start chunk').toBe(false);
    expect(chunks().some((f) => f !== entry && !isWorker(f) && read(f).includes(english))).toBe(true);
  });

  it('keeps zod and the report code out of the screens (the PDF worker has the report)', () => {
    // zod's schema classes, and a catalogue key that only the report's effects section names.
    const markers = ['ZodObject', 'report.dimHere'];
    for (const f of chunks().filter((c) => !isWorker(c)))
      for (const marker of markers) expect(read(f).includes(marker), `${marker} in ${f}`).toBe(false);
    // The report marker is real: the PDF worker, which makes the report, has it.
    expect(chunks().some((f) => isWorker(f) && read(f).includes('report.dimHere'))).toBe(true);
  });

  it('loads exceljs only on demand: one lazy chunk has it, the start chunk and the screens do not', () => {
    // A path that only an xlsx writer names.
    const marker = 'sharedStrings.xml';
    const entry = startChunk();
    expect(entry).toMatch(/^index-/);
    const withExcel = chunks().filter((f) => read(f).includes(marker));
    expect(withExcel).toHaveLength(1);
    expect(withExcel[0]).not.toBe(entry);
    expect(withExcel[0]).toMatch(/^exceljs/);
  });

  it('keeps the document part of the stores and the document view’s Dutch words out of the start chunk', () => {
    const start = startChunk();
    expect(start).toMatch(/^index-/);
    // An undo key that only the assessment store names, and a step title that only the rest of the Dutch catalogue has.
    const markers = { store: 'journal-restore', words: nl.steps['citizen-signals'] };
    for (const [what, marker] of Object.entries(markers)) {
      const having = chunks().filter((f) => !isWorker(f) && read(f).includes(marker));
      expect(having.length, what).toBeGreaterThan(0);
      expect(having, what).not.toContain(start);
    }
  });
});
