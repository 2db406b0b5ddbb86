/**
 * `node --import tsx test/bench/startup-profile.ts [--min] [--baseline] [--no-build] [--docs N] [--untraced N] [--frames]`:
 * explains startup_ms. Cold loads (fresh contexts) of the renderer over the bridge, with `--docs N` large documents in
 * the workspace: N untraced loads (default 3) with their marks and network waterfall (which chunks and backend calls
 * precede the ready mark); one load with a Chromium trace (main-thread tasks in time order: compile, module
 * evaluation, render, style and layout); one load with a CPU profile cut into phases (navigation to boot(), boot() to
 * the ready mark, after it), --frames adds its top frames. Unminified build unless --min (the bench's build);
 * --baseline: the same for the bench's bare React page. Not part of `npm run bench`: it explains the figure.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { largeDocument } from './large-document';
import { topFrames, type CpuProfile } from './profile-top';
import { benchBridge, launchChromium } from './harness';

const minified = process.argv.includes('--min');
const option = (name: string) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : 0);
const docs = option('--docs');
const untraced = option('--untraced') || 3;
const bare = process.argv.includes('--baseline');
const outDir = bare ? join(tmpdir(), 'iw-profile-baseline') : minified ? 'out/renderer' : join(tmpdir(), 'iw-profile-startup');
if (bare) {
  // The bare React page of the bench (startup.ts), built the same way, to compare its waterfall and main thread.
  await build({
    root: 'test/bench/baseline',
    base: './',
    plugins: [react()],
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, target: 'chrome130', modulePreload: { polyfill: false }, minify: minified },
  });
} else if (!process.argv.includes('--no-build')) {
  await build({ configFile: 'vite.config.ts', logLevel: 'error', build: { outDir, minify: minified, sourcemap: false } });
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string }; name?: string };
}

/** In the page: the marks, every request's timing and the navigation's milestones. */
function collect() {
  const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  return {
    marks: performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as const),
    resources: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({
      name: r.name.replace(location.origin, ''),
      start: r.startTime,
      responseStart: r.responseStart,
      end: r.responseEnd,
      size: r.encodedBodySize,
      initiator: r.initiatorType,
    })),
    nav: { responseEnd: n.responseEnd, domInteractive: n.domInteractive, domContentLoaded: n.domContentLoadedEventEnd },
  };
}

/** Prints one load's marks and waterfall; returns the ready mark's time. */
function report(timing: ReturnType<typeof collect>, what: string): number {
  const ready = timing.marks.find(([n]) => n === 'impactwijzer:ready')![1];
  const { nav } = timing;
  console.log(
    `\n${what}: ready mark at ${ready.toFixed(1)} ms; document response end ${nav.responseEnd.toFixed(1)}, ` +
      `DOM interactive ${nav.domInteractive.toFixed(1)}, DOMContentLoaded ${nav.domContentLoaded.toFixed(1)}`,
  );
  console.log('marks:', timing.marks.map(([n, t]) => `${n} ${t.toFixed(1)}`).join(', '));
  console.log('requests (start → first byte → end, ms from navigation start; * = after the ready mark):');
  for (const r of timing.resources.sort((a, b) => a.start - b.start)) {
    const at = [r.start, r.responseStart, r.end].map((t) => t.toFixed(1).padStart(7)).join(' → ');
    const size = `${(r.size / 1024).toFixed(1).padStart(7)} KB`;
    console.log(`  ${r.start > ready ? '*' : ' '} ${at}  ${size}  ${r.initiator.padEnd(10)} ${r.name.split('?')[0]}`);
  }
  return ready;
}

/**
 * The samples of a CPU profile in phases of the page's clock (ms from navigation start; `now` is the
 * page's clock when the profile stopped, which aligns the two, to a few ms). Per phase the top frames
 * by self time, with V8's and Blink's own work included ((program): parsing, compiling, style,
 * layout; the garbage collector).
 */
function phases(
  profile: CpuProfile & { startTime: number; endTime: number },
  now: number,
  cuts: [string, number][],
  anchor?: { functionName: string; at: number },
): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = cuts.map(() => new Map<string, number>());
  const times: number[] = [];
  profile.timeDeltas.reduce((at, dt, i) => (times[i] = at + dt), profile.startTime);
  // Better than `now`: the first sample in the anchor function (boot() of an unminified build) is at its mark.
  const anchorNode = new Set(profile.nodes.filter((n) => n.callFrame.functionName === anchor?.functionName).map((n) => n.id));
  const first = profile.samples.findIndex((id) => anchorNode.has(id));
  const offset = first >= 0 && anchor ? anchor.at - times[first]! / 1000 : now - profile.endTime / 1000;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const pageMs = times[i]! / 1000 + offset;
    let phase = -1;
    for (let c = 0; c < cuts.length && pageMs >= cuts[c]![1]; c++) phase = c;
    if (phase < 0) return;
    const f = byId.get(id)!.callFrame;
    const label = `${f.functionName || '(anonymous)'} ${f.url.split('/').at(-1) ?? ''}:${f.lineNumber + 1}`;
    self[phase]!.set(label, (self[phase]!.get(label) ?? 0) + dt / 1000);
  });
  return cuts
    .map(([name, from], i) => {
      const entries = [...self[i]!].filter(([l]) => !l.startsWith('(idle)'));
      const busy = entries.reduce((sum, [, ms]) => sum + ms, 0);
      const top = entries
        .sort((a, b) => b[1] - a[1])
        .slice(0, 16)
        .map(([l, ms]) => `    ${ms.toFixed(1).padStart(6)} ms  ${l}`);
      const idle = self[i]!.get('(idle) :0') ?? 0;
      return `${name} (from ${from.toFixed(0)} ms): ${busy.toFixed(0)} ms busy, ${idle.toFixed(0)} ms idle\n${top.join('\n')}`;
    })
    .join('\n');
}

const root = await mkdtemp(join(tmpdir(), 'iw-profile-startup-'));
const workspaceDir = join(root, 'werkmap');
await mkdir(workspaceDir, { recursive: true });
for (let i = 0; i < docs; i++) {
  const doc = { ...largeDocument(), id: `doc-${i}` };
  await writeFile(join(workspaceDir, `${doc.id}.impactwijzer.json`), JSON.stringify(doc));
}
const bridge = await benchBridge(root, outDir, workspaceDir);
const browser = await launchChromium();
try {
  // A warm-up load (the bench does two), then the traced cold load in a fresh context.
  for (let i = 0; i < 2; i++) {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await p.goto(bridge.url);
    await p.waitForFunction(() => performance.getEntriesByName('impactwijzer:ready').length > 0);
    await ctx.close();
  }
  // Untraced cold loads first: tracing slows the page, so their waterfalls are the ones to trust for timing.
  for (let i = 0; i < untraced; i++) {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await p.goto(bridge.url);
    await p.waitForFunction(() => performance.getEntriesByName('impactwijzer:ready').length > 0);
    report(await p.evaluate(collect), `untraced load ${i + 1}`);
    await ctx.close();
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'v8',
      'v8.execute',
      'blink.user_timing',
      'loading',
      'toplevel',
    ],
  });
  await page.goto(bridge.url);
  await page.waitForFunction(() => performance.getEntriesByName('impactwijzer:ready').length > 0);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const timing = await page.evaluate(collect);
  const ready = report(timing, 'traced load');

  // The renderer's main thread: the thread that has the navigationStart/ready user-timing marks.
  const readyEvent = trace.traceEvents.find((e) => e.name === 'impactwijzer:ready' && e.cat.includes('blink.user_timing'))!;
  const navStart = trace.traceEvents.find(
    (e) => e.name === 'navigationStart' && e.pid === readyEvent.pid && e.cat.includes('blink.user_timing'),
  );
  const main = trace.traceEvents.filter((e) => e.pid === readyEvent.pid && e.tid === readyEvent.tid);
  const t0 = navStart?.ts ?? readyEvent.ts - ready * 1000;
  const readyTs = readyEvent.ts;
  const ms = (us: number) => (us / 1000).toFixed(1);
  const tasks = main.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.ts + (e.dur ?? 0) >= t0 && e.ts <= readyTs);
  const busy = tasks.reduce((s, e) => s + Math.min(e.ts + (e.dur ?? 0), readyTs) - Math.max(e.ts, t0), 0);
  console.log(`\nmain thread until the ready mark: ${ms(readyTs - t0)} ms, of which busy (tasks) ${ms(busy)} ms`);
  const totals = new Map<string, number>();
  for (const e of main) {
    if (e.ph !== 'X' || e.ts < t0 || e.ts > readyTs || !e.dur) continue;
    totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur);
  }
  console.log('by event (inclusive, nested events count in their parents too):');
  for (const [name, dur] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${ms(dur).padStart(8)} ms  ${name}`);
  // Inside the longest task before the ready mark: its events by name (what module evaluation spends its time on).
  const longest = tasks.reduce((a, b) => ((b.dur ?? 0) > (a.dur ?? 0) ? b : a), tasks[0]!);
  const inside = new Map<string, number>();
  for (const e of trace.traceEvents) {
    if (e.pid !== readyEvent.pid || e.ph !== 'X' || !e.dur || e.ts < longest.ts || e.ts > longest.ts + longest.dur!) continue;
    inside.set(e.name, (inside.get(e.name) ?? 0) + e.dur);
  }
  console.log(`\nthe longest task (${ms(longest.ts - t0)} ms, ${ms(longest.dur!)} ms long), its events (all threads of the page):`);
  for (const [name, dur] of [...inside].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${ms(dur).padStart(8)} ms  ${name}`);
  console.log('\ntasks over 2 ms before the ready mark (start, duration, what):');
  for (const task of tasks) {
    if ((task.dur ?? 0) < 2000) continue;
    const inner = main
      .filter((e) => e.ph === 'X' && e.ts >= task.ts && e.ts <= task.ts + task.dur! && e !== task && (e.dur ?? 0) > 500)
      .map((e) => `${e.name}${e.args?.data?.url ? `(${e.args.data.url.split('/').at(-1)})` : ''} ${ms(e.dur!)}`)
      .slice(0, 6);
    console.log(`  ${ms(task.ts - t0).padStart(7)}  ${ms(task.dur!).padStart(6)}  ${inner.join(', ')}`);
  }
  await context.close();

  // A CPU profile of one more cold load (untraced), cut where boot() and the ready mark first show up.
  const profContext = await browser.newContext();
  const profPage = await profContext.newPage();
  const cdp = await profContext.newCDPSession(profPage);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await profPage.goto(bridge.url);
  await profPage.waitForFunction(() => performance.getEntriesByName('impactwijzer:ready').length > 0);
  const now = await profPage.evaluate(() => performance.now());
  const profile = (await cdp.send('Profiler.stop')).profile as unknown as CpuProfile & { startTime: number; endTime: number };
  const profiled = await profPage.evaluate(collect);
  const readyAt = report(profiled, 'profiled load');
  const bootAt = profiled.marks.find(([n]) => n === 'impactwijzer:boot')?.[1] ?? readyAt;
  console.log(
    phases(
      profile,
      now,
      [
        ['navigation to boot()', 0],
        ['boot() to the ready mark', bootAt],
        ['after the ready mark', readyAt],
      ],
      { functionName: 'boot', at: bootAt },
    ),
  );
  if (process.argv.includes('--frames')) console.log(topFrames(profile, 30));
  await profContext.close();
} finally {
  await browser.close();
  await bridge.close();
  await rm(root, { recursive: true, force: true });
}
