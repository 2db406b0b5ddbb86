/** Storage benchmarks: listing 1,000 documents, validating the large document, saving 1 MB. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { createWorkspace } from '../../electron/backend/documents/workspace';
import { parseDocumentText } from '../../shared/model/load';
import { largeDocument } from './large-document';
import { timeMedian, type Figure } from './stats';

export async function benchStorage(): Promise<Figure[]> {
  const root = await mkdtemp(join(tmpdir(), 'iw-bench-'));
  try {
    // 1,000 copies of the sample (≈110 KB each), as a busy workspace would hold.
    const sample = JSON.parse(readFileSync('assets/examples/medtech-heerlen.json', 'utf8'));
    const listDir = join(root, 'lijst');
    const workspace = createWorkspace({ dir: listDir });
    await workspace.list();
    await Promise.all(
      Array.from({ length: 1000 }, (_, i) => {
        const id = `doc-${String(i).padStart(4, '0')}`;
        return writeFile(
          join(listDir, `${id}.impactwijzer.json`),
          JSON.stringify({ ...sample, id, context: { ...sample.context, title: `Beoordeling ${i}` } }),
        );
      }),
    );
    const t0 = performance.now();
    const cold = await workspace.list();
    const coldMs = performance.now() - t0;
    if (cold.documents.length !== 1000) throw new Error(`listed ${cold.documents.length}`);
    const warm = await timeMedian(5, () => workspace.list());

    const large = largeDocument();
    const text = JSON.stringify(large);
    const validate = await timeMedian(10, () => parseDocumentText(text));

    // Pad the large document to 1 MB of JSON for the save benchmark.
    const big = structuredClone(large);
    big.preparation.problem = '';
    const pad = 1024 * 1024 - JSON.stringify(big, null, 2).length;
    big.preparation.problem = 'x'.repeat(Math.max(0, Math.min(pad, 20_000)));
    big.preparation.citizenValues = 'y'.repeat(Math.max(0, Math.min(pad - 20_000, 20_000)));
    let extra = pad - 40_000;
    let n = 0;
    while (extra > 0) {
      big.implementation.citizenSignals.push({
        id: `pad-${n++}`,
        date: '2025-01-01',
        source: '',
        observation: 'z'.repeat(Math.min(extra, 3900)),
        by: '',
        theme: null,
      });
      extra -= 4000;
    }
    const saveDir = join(root, 'opslaan');
    const saver = createWorkspace({ dir: saveDir });
    const size = JSON.stringify(big, null, 2).length;
    let base = 0;
    const save = await timeMedian(20, async () => void (base = (await saver.save(big, base)).revision));

    return [
      {
        key: 'list_1000_ms',
        label:
          `listing 1,000 documents (≈${Math.round(JSON.stringify(sample).length / 1024)} KB each) with the metadata cache; ` +
          `cold (no cache): ${Math.round(coldMs)} ms`,
        value: warm,
        unit: 'ms',
        goal: { max: 300 },
      },
      {
        key: 'list_1000_cold_ms',
        label: 'listing 1,000 documents the first time (every file read, parsed and validated)',
        value: coldMs,
        unit: 'ms',
      },
      {
        key: 'validate_large_ms',
        label: `validate + migrate the large reference document (${Math.round(text.length / 1024)} KB)`,
        value: validate,
        unit: 'ms',
        goal: { max: 100 },
      },
      {
        key: 'save_1mb_ms',
        label: `atomic save (backup copy, temp file, fsync, rename) of a ${Math.round(size / 1024)} KB document`,
        value: save,
        unit: 'ms',
        goal: { max: 50 },
      },
    ];
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
