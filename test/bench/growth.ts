/**
 * Growth as a curve: open, export, validate and save at 1×, 3×, 10× and 30× the reference document;
 * each figure is the exponent b of time ≈ a·size^b, fitted by least squares on log-log (1 = linear).
 * Export runs in a fresh process per size (export-child.ts); the others in this process.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkspace } from '../../electron/backend/documents/workspace';
import { parseDocumentText } from '../../shared/model/load';
import { largeDocument } from './large-document';
import { timeMedian, type Figure } from './stats';

// Sizes are those of the compact JSON (30× is 14.6 MB compact, 22 MB pretty-printed): the workspace
// writes a document pretty-printed while that fits the 20 MB limit and compact above it (serialize.ts),
// and a file that large is read compact. The fit is on the compact size, the same measure at every scale.
const SCALES = [1, 3, 10, 30];

/** The slope of log(y) on log(x): the growth exponent. */
export function fittedExponent(xs: number[], ys: number[]): number {
  const lx = xs.map(Math.log);
  const ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < lx.length; i++) {
    num += (lx[i]! - mx) * (ly[i]! - my);
    den += (lx[i]! - mx) ** 2;
  }
  return num / den;
}

function exportMs(mode: string): { ms: number; pages: number } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'test/bench/export-child.ts', mode], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split('\n').at(-1)!);
}

export async function benchGrowth(): Promise<Figure[]> {
  const root = await mkdtemp(join(tmpdir(), 'iw-bench-growth-'));
  const times = { open: [] as number[], validate: [] as number[], save: [] as number[], export: [] as number[] };
  const sizes: number[] = [];
  try {
    const workspace = createWorkspace({ dir: join(root, 'werkmap') });
    for (const scale of SCALES) {
      const doc = largeDocument(scale);
      const text = JSON.stringify(doc);
      sizes.push(text.length);
      const runs = scale >= 10 ? 3 : 5;
      times.validate.push(await timeMedian(runs, () => parseDocumentText(text)));
      let base = (await workspace.save(doc, 0)).revision;
      times.save.push(await timeMedian(runs, async () => void (base = (await workspace.save(doc, base)).revision)));
      times.open.push(await timeMedian(runs, () => workspace.open(doc.id)));
      times.export.push(exportMs(`scale:${scale}`).ms);
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  const curve = (list: number[]) => list.map((ms, i) => `${SCALES[i]}× ${Math.round(ms)} ms`).join(', ');
  const kb = sizes.map((s) => `${Math.round(s / 1024)} KB`).join(', ');
  const figure = (key: string, what: string, list: number[]): Figure => ({
    key,
    label: `${what}: fitted exponent of time on document size (${curve(list)}; sizes ${kb})`,
    value: fittedExponent(sizes, list),
    unit: 'exp',
    goal: { max: 1.15 },
  });
  return [
    figure('growth_open_exp', 'opening a document from the workspace (read, parse, migrate, validate)', times.open),
    figure('growth_export_exp', 'PDF export in a fresh process', times.export),
    figure('growth_validate_exp', 'parsing and validating the text', times.validate),
    figure('growth_save_exp', 'atomic save (backup, temp file, fsync, rename)', times.save),
  ];
}
