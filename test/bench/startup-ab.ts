/**
 * `node --import tsx test/bench/startup-ab.ts <dir> [<dir> ...] [--runs N] [--until boot]`: cold loads of several built
 * renderers (e.g. the build before a change and after it, and the bench's bare page), interleaved load by
 * load so that a busy machine slows them alike; prints each one's median ready mark (and boot mark) and
 * the ratios to the last directory. The bench's own figure is startup.ts; this compares builds.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBridge } from '../../electron/bridge/server';
import { median } from './stats';
import { benchHandlers, launchChromium } from './harness';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 15;
// `--until boot`: wait only for the boot mark (a build that cannot render, e.g. an experiment, still has one).
const untilAt = args.indexOf('--until');
const until = untilAt >= 0 ? `impactwijzer:${args[untilAt + 1]}` : 'impactwijzer:ready';
const valueAt = new Set([runsAt, untilAt].filter((at) => at >= 0).map((at) => at + 1));
const dirs = args.filter((a, i) => !a.startsWith('--') && !valueAt.has(i));
if (dirs.length === 0) throw new Error('usage: startup-ab.ts <dir> [<dir> ...] [--runs N]');

const root = await mkdtemp(join(tmpdir(), 'iw-bench-ab-'));
const handlers = benchHandlers(root);
const bridges = await Promise.all(dirs.map((staticDir) => startBridge({ handlers, staticDir, port: 0 })));
const browser = await launchChromium();
try {
  const ready = dirs.map(() => [] as number[]);
  const boot = dirs.map(() => [] as number[]);
  for (let run = -2; run < runs; run++) {
    for (const [i, bridge] of bridges.entries()) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(bridge.url);
      await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, until);
      const [r, b] = await page.evaluate(() =>
        ['impactwijzer:ready', 'impactwijzer:boot'].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN),
      );
      await context.close();
      // The first two rounds warm up the browser and the server, as the bench's do.
      if (run >= 0) {
        ready[i]!.push(r!);
        if (!Number.isNaN(b)) boot[i]!.push(b!);
      }
    }
  }
  const last = median(ready.at(-1)!);
  for (const [i, dir] of dirs.entries()) {
    const m = median(ready[i]!);
    const bootText = boot[i]!.length ? `, boot mark ${median(boot[i]!).toFixed(0)} ms` : '';
    console.log(`${dir}: ready ${m.toFixed(1)} ms (median of ${runs})${bootText} · ${(m / last).toFixed(2)}× the last`);
  }
} finally {
  await browser.close();
  await Promise.all(bridges.map((b) => b.close()));
  await rm(root, { recursive: true, force: true });
}
