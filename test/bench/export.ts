/** Export benchmarks, each in a fresh Node process so its peak memory is its own. */
import { execFileSync } from 'node:child_process';
import { median, type Figure } from './stats';

function run(mode: string): { ms: number; peakMb: number; pages: number; kb: number } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'test/bench/export-child.ts', mode], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return JSON.parse(out.trim().split('\n').at(-1)!);
}

export async function benchExport(): Promise<Figure[]> {
  const large = [run('large'), run('large'), run('large')];
  const baseline = [run('baseline'), run('baseline'), run('baseline')];
  const x10 = run('x10');
  const x100 = run('x100');
  const largeMs = median(large.map((r) => r.ms));
  const baseMs = median(baseline.map((r) => r.ms));
  return [
    {
      key: 'export_large_ms',
      label: `PDF of the large reference document, all phases, in Node (${large[0]!.pages} pages, ${large[0]!.kb} KB), median of 3`,
      value: largeMs,
      unit: 'ms',
      baseline: baseMs,
      goal: { max: 1500 },
    },
    {
      key: 'export_baseline_ms',
      label: `jsPDF writing the same texts with no layout work (${baseline[0]!.pages} pages), median of 3`,
      value: baseMs,
      unit: 'ms',
    },
    {
      key: 'export_peak_mb',
      label: 'peak memory (max RSS) of the process that made the large export',
      value: Math.max(...large.map((r) => r.peakMb)),
      unit: 'MB',
      goal: { max: 400 },
    },
    {
      key: 'x10_export_ms',
      label: `PDF of the ×10 document (1,500 indicators; ${x10.pages} pages, ${x10.kb} KB)`,
      value: x10.ms,
      unit: 'ms',
      goal: { max: 10000 },
    },
    {
      key: 'x100_export_ms',
      label: `PDF of the ×100 document (10,000 effects; ${x100.pages} pages, ${x100.kb} KB)`,
      value: x100.ms,
      unit: 'ms',
    },
  ];
}
