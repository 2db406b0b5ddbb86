/**
 * `node --import tsx test/bench/startup-trace.ts [<built renderer dir>] [runs]`: where a cold start's time goes, from a
 * Chromium trace of each of `runs` cold loads (after three untraced warm-ups): the background parse of the largest
 * script (the main chunk), its module evaluation on the main thread, and the boot and ready marks; medians and each
 * run. Explains startup_ms next to the same figures for the bench's bare page (build it with
 * `startup-profile.ts --baseline --min`, in /tmp/iw-profile-baseline). Not part of `npm run bench`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBridge } from '../../electron/bridge/server';
import { benchHandlers, launchChromium } from './harness';
interface TraceEvent {
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur: number;
}

const dir = process.argv[2] ?? 'out/renderer';
const runs = Number(process.argv[3] ?? 5);
const root = await mkdtemp(join(tmpdir(), 'iw-tr-'));
const bridge = await startBridge({ handlers: benchHandlers(root), staticDir: dir, port: 0 });
const browser = await launchChromium();
for (let i = 0; i < 3; i++) {
  const c = await browser.newContext();
  const p = await c.newPage();
  await p.goto(bridge.url);
  await p.waitForFunction(() => performance.getEntriesByName('impactwijzer:ready').length > 0);
  await c.close();
}
const sums: Record<string, number[]> = {};
const add = (k: string, v: number) => (sums[k] ??= []).push(v);
for (let r = 0; r < runs; r++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing', 'loading', 'toplevel'] });
  await page.goto(bridge.url);
  await page.waitForFunction(() => performance.getEntriesByName('impactwijzer:ready').length > 0);
  const ev = (JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const ready = ev.find((e: TraceEvent) => e.name === 'impactwijzer:ready')!;
  const nav = ev.find((e: TraceEvent) => e.name === 'navigationStart' && e.pid === ready.pid)!;
  const boot = ev.find((e: TraceEvent) => e.name === 'impactwijzer:boot' && e.pid === ready.pid);
  const t0 = nav.ts;
  const big = ev
    .filter((e: TraceEvent) => e.pid === ready.pid && e.name === 'v8.parseOnBackground' && e.ts >= t0 && e.ts <= ready.ts)
    .sort((a: TraceEvent, b: TraceEvent) => b.dur - a.dur)[0];
  const evals = ev
    .filter(
      (e: TraceEvent) => e.pid === ready.pid && e.tid === ready.tid && e.name === 'v8.evaluateModule' && e.ts >= t0 && e.ts <= ready.ts,
    )
    .sort((a: TraceEvent, b: TraceEvent) => b.dur - a.dur)[0];
  add('main chunk background parse (ms)', big ? big.dur / 1000 : NaN);
  add('parse start (ms)', big ? (big.ts - t0) / 1000 : NaN);
  add('largest module evaluation (ms)', evals ? evals.dur / 1000 : NaN);
  add('evaluation start (ms)', evals ? (evals.ts - t0) / 1000 : NaN);
  add('boot mark (ms)', boot ? (boot.ts - t0) / 1000 : NaN);
  add('ready mark (ms)', (ready.ts - t0) / 1000);
  await context.close();
}
const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
for (const [k, v] of Object.entries(sums))
  console.log(`${k.padEnd(36)} median ${med(v).toFixed(1)}  (${v.map((x) => x.toFixed(0)).join(', ')})`);
await browser.close();
await bridge.close();
await rm(root, { recursive: true, force: true });
