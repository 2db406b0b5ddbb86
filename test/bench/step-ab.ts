/**
 * `node --import tsx test/bench/step-ab.ts <step-id> <dir> [<dir> ...] [--runs N] [--doc large|x10|x100]`: the time one
 * step takes after navigation (timeStep, as in ui.ts: from the step before it) in several built renderers (e.g. the build
 * before a change and after it), one page per build, interleaved navigation by navigation so that a busy machine slows them
 * alike; prints each one's median and quartiles. The bench's own figure is ui.ts; this compares builds on one step.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { messages } from '../../shared/i18n';
import { STEP_LIST } from '../../shared/steps/list';
import { benchBridge, launchChromium } from './harness';
import { largeDocument } from './large-document';
import { median } from './stats';
import { timeStep } from './ui';
import { x100Document } from './x100-document';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const runs = Number(option('--runs') ?? 15);
const which = option('--doc') ?? 'large';
const valueAt = new Set(['--runs', '--doc'].filter((o) => args.includes(o)).map((o) => args.indexOf(o) + 1));
const [stepId, ...dirs] = args.filter((a, i) => !a.startsWith('--') && !valueAt.has(i));
const index = STEP_LIST.findIndex((s) => s.id === stepId);
if (index < 1 || dirs.length === 0) throw new Error('usage: step-ab.ts <step-id> <dir> [<dir> ...] [--runs N] [--doc large|x10|x100]');
const title = (id: string) => messages.nl.steps[id as keyof typeof messages.nl.steps];

const root = await mkdtemp(join(tmpdir(), 'iw-step-ab-'));
const doc = which === 'x100' ? x100Document() : largeDocument(which === 'x10' ? 10 : 1);
const text = JSON.stringify(doc);
// A workspace per build, so no page sees another's writes.
const bridges = await Promise.all(
  dirs.map(async (dir, i) => {
    const own = join(root, String(i));
    await mkdir(join(own, 'werkmap'), { recursive: true });
    await writeFile(join(own, 'werkmap', `${doc.id}.impactwijzer.json`), text);
    return benchBridge(own, dir, join(own, 'werkmap'));
  }),
);
const browser = await launchChromium();
try {
  const pages = [];
  for (const bridge of bridges) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(bridge.url);
    await page.getByRole('button', { name: `${doc.context.title} openen` }).click();
    await page.getByRole('heading', { level: 1, name: 'Context' }).waitFor({ timeout: 120_000 });
    pages.push(page);
  }
  const times = dirs.map(() => [] as number[]);
  // Two rounds to warm up, not counted.
  for (let run = -2; run < runs; run++)
    for (const [i, page] of pages.entries()) {
      await timeStep(page, title(STEP_LIST[index - 1]!.id));
      const ms = await timeStep(page, title(stepId!));
      if (run >= 0) times[i]!.push(ms);
    }
  const quartile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))]!;
  for (const [i, dir] of dirs.entries()) {
    const xs = times[i]!;
    const spread = `p25 ${quartile(xs, 0.25).toFixed(0)}, p75 ${quartile(xs, 0.75).toFixed(0)}, n ${xs.length}`;
    console.log(`${stepId} ×${which} ${dir}: median ${median(xs).toFixed(0)} ms (${spread})`);
  }
} finally {
  await browser.close();
  await Promise.all(bridges.map((b) => b.close()));
  await rm(root, { recursive: true, force: true });
}
