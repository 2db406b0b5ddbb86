/**
 * UI benchmarks in headless Chromium over the real bridge, with the large reference document
 * open: typing latency (input event to the next frame) and the time each step takes to render.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Page } from '@playwright/test';
import { build } from 'vite';
import { STEP_LIST } from '../../shared/steps/list';
import { messages } from '../../shared/i18n';
import { largeDocument } from './large-document';
import { median, type Figure } from './stats';
import { benchStartup } from './startup';
import { benchUiScale } from './ui-scale';
import { benchBridge, launchChromium } from './harness';

/** Percentile p (0–100) of values. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Clicks a step in the navigation from inside the page and times it until the next frame. */
export async function timeStep(page: Page, title: string): Promise<number> {
  return page.evaluate(async (name) => {
    const nav = document.querySelector('nav[aria-label="Stappen"]')!;
    const button = [...nav.querySelectorAll('button')].find((b) => b.querySelector('.nav-title')?.textContent === name)!;
    const t0 = performance.now();
    button.click();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    if (document.querySelector('h1')?.textContent !== name) throw new Error(`step ${name} did not render`);
    return performance.now() - t0;
  }, title);
}

export async function benchUi(): Promise<Figure[]> {
  await build({ configFile: 'vite.config.ts', logLevel: 'error' });
  const root = await mkdtemp(join(tmpdir(), 'iw-bench-ui-'));
  const workspaceDir = join(root, 'werkmap');
  const doc = largeDocument();
  const x10 = largeDocument(10);
  const { mkdir } = await import('node:fs/promises');
  await mkdir(workspaceDir, { recursive: true });
  await writeFile(join(workspaceDir, `${doc.id}.impactwijzer.json`), JSON.stringify(doc));
  await writeFile(join(workspaceDir, `${x10.id}.impactwijzer.json`), JSON.stringify(x10));
  const bridge = await benchBridge(root, 'out/renderer', workspaceDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(bridge.url);
    await page.getByRole('button', { name: `${doc.context.title} openen` }).click();
    await page.getByRole('heading', { level: 1, name: 'Context' }).waitFor();

    // Every step, three rounds; the slowest step's median counts.
    const perStep = new Map<string, number[]>();
    for (let round = 0; round < 3; round++) {
      for (const step of STEP_LIST.map((s) => s.id)) {
        const title = messages.nl.steps[step as keyof typeof messages.nl.steps];
        const ms = await timeStep(page, title);
        perStep.set(step, [...(perStep.get(step) ?? []), ms]);
      }
    }
    const stepMedians = [...perStep].map(([step, times]) => [step, median(times)] as const).sort((a, b) => b[1] - a[1]);
    const effects = median(perStep.get('effects')!);

    // Typing 200 characters in the lessons field (conclusions: the reference document is frozen, so
    // the problem field is read-only; lessons are never locked).
    await timeStep(page, messages.nl.steps.conclusions);
    const field = page.getByLabel('Lessen', { exact: true });
    await field.focus();
    await page.evaluate(() => {
      const w = window as unknown as { __latencies: number[] };
      w.__latencies = [];
      document.getElementById('f-lessons')!.addEventListener('input', (e) => {
        const start = e.timeStamp;
        requestAnimationFrame(() => w.__latencies.push(performance.now() - start));
      });
    });
    await page.keyboard.press('End');
    const text = 'Meer mensen in Noord aan het werk, met aandacht voor gezondheid en groen in de wijk. '.repeat(3).slice(0, 200);
    await page.keyboard.type(text, { delay: 15 });
    await page.waitForTimeout(300);
    const latencies = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
    if (latencies.length < 190) throw new Error(`only ${latencies.length} input events measured`);

    // Open the ×10 document (1,500 indicators) from the start screen: click to usable first step.
    const opens: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.goto(bridge.url);
      await page.getByRole('button', { name: `${x10.context.title} openen` }).waitFor();
      const t0 = Date.now();
      await page.getByRole('button', { name: `${x10.context.title} openen` }).click();
      await page.getByRole('heading', { level: 1, name: 'Context' }).waitFor();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      opens.push(Date.now() - t0);
    }
    await page.goto(bridge.url);
    await page.getByRole('button', { name: `${doc.context.title} openen` }).click();
    await page.getByRole('heading', { level: 1, name: 'Context' }).waitFor();

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024;

    return [
      {
        key: 'input_p95_ms',
        label:
          'typing 200 characters in "Lessen" with the large document open: p95 of input-to-next-frame ' +
          `(median ${median(latencies).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms)`,
        value: percentile(latencies, 95),
        unit: 'ms',
        goal: { max: 16 },
      },
      {
        key: 'step_render_max_ms',
        label: `slowest step to render after navigation, median of 3 (slowest: ${stepMedians
          .slice(0, 3)
          .map(([s, ms]) => `${s} ${ms.toFixed(0)} ms`)
          .join(', ')})`,
        value: stepMedians[0]![1],
        unit: 'ms',
        goal: { max: 100 },
      },
      { key: 'effects_step_render_ms', label: 'the expected-effects step, median of 3', value: effects, unit: 'ms', goal: { max: 100 } },
      {
        key: 'heap_large_mb',
        label: 'renderer JS heap with the large document open (after GC)',
        value: heap,
        unit: 'MB',
        goal: { max: 150 },
      },
      {
        key: 'x10_open_ms',
        label: 'opening the ×10 document (1,500 indicators, 18,000 measurements) from the start screen to a usable first step, median of 3',
        value: median(opens),
        unit: 'ms',
        goal: { max: 2000 },
      },
      ...(await benchStartup(browser)),
      ...(await benchUiScale(page, bridge.url, workspaceDir, x10, timeStep)),
    ];
  } finally {
    await browser.close();
    await bridge.close();
    await rm(root, { recursive: true, force: true });
  }
}
