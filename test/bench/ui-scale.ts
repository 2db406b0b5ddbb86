/**
 * UI figures at scale, in the browser page of ui.ts: every step with the ×10 document open, and
 * the ×100 document (10,000 effects): open to a usable first step, then typing latency.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { messages } from '../../shared/i18n';
import type { AssessmentDocument } from '../../shared/model/document';
import { STEP_LIST } from '../../shared/steps/list';
import { x100Document } from './x100-document';
import type { Figure } from './stats';

type TimeStep = (page: Page, title: string) => Promise<number>;

async function open(page: Page, url: string, title: string): Promise<number> {
  await page.goto(url);
  await page.getByRole('button', { name: `${title} openen` }).waitFor();
  const t0 = Date.now();
  await page.getByRole('button', { name: `${title} openen` }).click();
  await page.getByRole('heading', { level: 1, name: 'Context' }).waitFor({ timeout: 60_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  return Date.now() - t0;
}

/** p95 of input-to-next-frame while typing 100 characters in "Lessen" (conclusions; never locked by the freeze). */
async function typing(page: Page, timeStep: TimeStep): Promise<number> {
  await timeStep(page, messages.nl.steps.conclusions);
  await page.getByLabel('Lessen', { exact: true }).focus();
  await page.evaluate(() => {
    const w = window as unknown as { __latencies: number[] };
    w.__latencies = [];
    document.getElementById('f-lessons')!.addEventListener('input', (e) => {
      const start = e.timeStamp;
      requestAnimationFrame(() => w.__latencies.push(performance.now() - start));
    });
  });
  await page.keyboard.press('End');
  await page.keyboard.type('Meer mensen aan het werk in de wijk, met aandacht voor gezondheid. '.repeat(2).slice(0, 100), { delay: 15 });
  await page.waitForTimeout(300);
  const latencies = (await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies)).sort((a, b) => a - b);
  if (latencies.length < 90) throw new Error(`only ${latencies.length} input events measured`);
  return latencies[Math.min(latencies.length - 1, Math.ceil(0.95 * latencies.length) - 1)]!;
}

export async function benchUiScale(page: Page, url: string, workspaceDir: string, x10: AssessmentDocument, timeStep: TimeStep) {
  const figures: Figure[] = [];
  await open(page, url, x10.context.title);
  const perStep: [string, number][] = [];
  for (const step of STEP_LIST.map((s) => s.id)) {
    perStep.push([step, await timeStep(page, messages.nl.steps[step as keyof typeof messages.nl.steps])]);
  }
  perStep.sort((a, b) => b[1] - a[1]);
  figures.push({
    key: 'x10_step_render_max_ms',
    label: `slowest step to render with the ×10 document open, one round (slowest: ${perStep
      .slice(0, 3)
      .map(([s, ms]) => `${s} ${ms.toFixed(0)} ms`)
      .join(', ')})`,
    value: perStep[0]![1],
    unit: 'ms',
    goal: { max: 300 },
  });

  const x100 = x100Document();
  await writeFile(join(workspaceDir, `${x100.id}.impactwijzer.json`), JSON.stringify(x100));
  try {
    figures.push({
      key: 'x100_open_ms',
      label: 'opening the ×100 document (10,000 effects, 12 MB) from the start screen to a usable first step',
      value: await open(page, url, x100.context.title),
      unit: 'ms',
      goal: { max: 5000 },
    });
    // Every step once with the ×100 document open (the issue asks them to stay responsive; no render goal at this size).
    const x100Steps: [string, number][] = [];
    for (const step of STEP_LIST.map((s) => s.id)) {
      x100Steps.push([step, await timeStep(page, messages.nl.steps[step as keyof typeof messages.nl.steps])]);
    }
    x100Steps.sort((a, b) => b[1] - a[1]);
    figures.push({
      key: 'x100_step_render_max_ms',
      label: `slowest step to render with the ×100 document open, one round (slowest: ${x100Steps
        .slice(0, 3)
        .map(([s, ms]) => `${s} ${ms.toFixed(0)} ms`)
        .join(', ')})`,
      value: x100Steps[0]![1],
      unit: 'ms',
    });
    figures.push({
      key: 'x100_input_p95_ms',
      label: 'typing 100 characters in "Lessen" with the ×100 document open: p95 of input-to-next-frame',
      value: await typing(page, timeStep),
      unit: 'ms',
      goal: { max: 50 },
    });
  } catch (err) {
    console.error(`×100 in the browser not measured: ${(err as Error).message.split('\n')[0]}`);
  }
  return figures;
}
