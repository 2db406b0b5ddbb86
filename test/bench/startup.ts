/** Start-up and bundle size of the production renderer, against a bare React page. */
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { startBridge } from '../../electron/bridge/server';
import { median, type Figure } from './stats';
import { benchHandlers } from './harness';

/** Median of `runs` cold loads (a fresh context, no cache) from navigation start to the ready mark. */
async function coldStart(browser: Browser, url: string, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('impactwijzer:ready').length > 0);
    times.push(await page.evaluate(() => performance.getEntriesByName('impactwijzer:ready')[0]!.startTime));
    await context.close();
  }
  return median(times);
}

/** gzip size (KB) of the JS and CSS that index.html loads directly (lazy chunks and the worker excluded). */
function startScreenGzipKb(dir: string): number {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  return refs.reduce((sum, ref) => sum + gzipSync(readFileSync(join(dir, ref))).length, 0) / 1024;
}

export async function benchStartup(browser: Browser): Promise<Figure[]> {
  const root = await mkdtemp(join(tmpdir(), 'iw-bench-start-'));
  try {
    const baselineDir = join(root, 'baseline');
    await build({
      root: 'test/bench/baseline',
      base: './',
      plugins: [react()],
      logLevel: 'error',
      build: { outDir: baselineDir, emptyOutDir: true, target: 'chrome130', modulePreload: { polyfill: false } },
    });
    const handlers = benchHandlers(root);
    const app = await startBridge({ handlers, staticDir: 'out/renderer', port: 0 });
    const bare = await startBridge({ handlers, staticDir: baselineDir, port: 0 });
    try {
      await coldStart(browser, app.url, 2);
      await coldStart(browser, bare.url, 2);
      const appMs = await coldStart(browser, app.url, 10);
      const bareMs = await coldStart(browser, bare.url, 10);
      const files = readdirSync(join('out', 'renderer', 'assets')).length;
      return [
        {
          key: 'startup_ms',
          label: 'production renderer, navigation start to the usable start screen (mark impactwijzer:ready), median of 10 cold loads',
          value: appMs,
          unit: 'ms',
          baseline: bareMs,
          goal: { maxRatio: 1.5 },
        },
        { key: 'startup_baseline_ms', label: 'a bare React page built with the same tooling, same run', value: bareMs, unit: 'ms' },
        {
          key: 'bundle_gzip_kb',
          label: `gzip size of the JS and CSS the start screen loads (${files} files in the build; lazy chunks and the PDF worker later)`,
          value: startScreenGzipKb(join('out', 'renderer')),
          unit: 'KB',
          goal: { max: 300 },
        },
      ];
    } finally {
      await app.close();
      await bare.close();
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
