/**
 * `npm run bench [-- --json]`: every benchmark of the project, printed as a table (figure, value,
 * baseline, ratio, goal, met?); with --json the same as one JSON object on the last line.
 * Figures are medians of repeated runs on this machine; goals are never asserted in tests.
 */
import { benchCli } from './cli';
import { benchExport } from './export';
import { benchGrowth } from './growth';
import { benchScale } from './scale';
import { benchStorage } from './storage';
import { benchUi } from './ui';
import type { Figure } from './stats';

function met(f: Figure): boolean | null {
  if (!f.goal) return null;
  if (f.goal.max !== undefined && f.value > f.goal.max) return false;
  if (f.goal.maxRatio !== undefined && f.baseline !== undefined && f.value / f.baseline > f.goal.maxRatio) return false;
  return true;
}

const round = (n: number) => Math.round(n * 100) / 100;

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const figures: Figure[] = [...(await benchStorage()), ...(await benchExport()), ...(await benchUi()), ...(await benchCli())];
  const startup = figures.find((f) => f.key === 'startup_ms');
  const bare = figures.find((f) => f.key === 'startup_baseline_ms');
  if (startup && bare)
    figures.push({
      key: 'startup_ratio',
      label: 'startup_ms / startup_baseline_ms',
      value: startup.value / bare.value,
      unit: '×',
      goal: { max: 1.5 },
    });
  figures.push(...(await benchScale()), ...(await benchGrowth()));
  const rows = figures.map((f) => ({
    figure: f.key,
    value: `${round(f.value)} ${f.unit}`,
    baseline: f.baseline !== undefined ? `${round(f.baseline)} ${f.unit}` : '—',
    ratio: f.baseline ? `${round(f.value / f.baseline)}×` : '—',
    goal: f.goal
      ? [f.goal.max !== undefined ? `≤ ${f.goal.max} ${f.unit}` : '', f.goal.maxRatio !== undefined ? `≤ ${f.goal.maxRatio}× baseline` : '']
          .filter(Boolean)
          .join(', ')
      : '—',
    met: met(f) === null ? '—' : met(f) ? 'ja' : 'NEE',
  }));
  console.log(`Impactwijzer benchmarks (${new Date().toISOString()}, node ${process.version})`);
  console.table(rows);
  for (const f of figures) console.log(`  ${f.key}: ${f.label}`);
  if (json) console.log(JSON.stringify(Object.fromEntries(figures.map((f) => [f.key, round(f.value)]))));
}

void main();
