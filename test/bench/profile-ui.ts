/**
 * `node --import tsx test/bench/profile-ui.ts [open|input|x10-steps]`: a CPU profile of one UI
 * scenario of ui-scale.ts in headless Chromium (an unminified build, so frames have names), printed
 * as the top frames by self time and by total time. Not part of `npm run bench`: it explains the
 * figures, it does not measure them.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CDPSession, type Page } from '@playwright/test';
import { build } from 'vite';
import { messages } from '../../shared/i18n';
import { STEP_LIST } from '../../shared/steps/list';
import { largeDocument } from './large-document';
import { topFrames, type CpuProfile } from './profile-top';
import { x100Document } from './x100-document';
import { benchBridge, launchChromium } from './harness';

const scenario = process.argv[2] ?? 'open';
const outDir = join(tmpdir(), 'iw-profile-renderer');

async function step(page: Page, name: string): Promise<number> {
  return page.evaluate(async (title) => {
    const nav = document.querySelector('nav[aria-label="Stappen"]')!;
    const button = [...nav.querySelectorAll('button')].find((b) => b.querySelector('.nav-title')?.textContent === title)!;
    const t0 = performance.now();
    button.click();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  }, name);
}

async function profiled(cdp: CDPSession, what: () => Promise<void>): Promise<CpuProfile> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await what();
  return (await cdp.send('Profiler.stop')).profile as unknown as CpuProfile;
}

await build({ configFile: 'vite.config.ts', logLevel: 'error', build: { outDir, minify: false, sourcemap: false } });
const root = await mkdtemp(join(tmpdir(), 'iw-profile-ui-'));
const workspaceDir = join(root, 'werkmap');
await mkdir(workspaceDir, { recursive: true });
const doc = scenario === 'x10-steps' ? largeDocument(10) : x100Document();
await writeFile(join(workspaceDir, `${doc.id}.impactwijzer.json`), JSON.stringify(doc));
const bridge = await benchBridge(root, outDir, workspaceDir);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(bridge.url);
  const openButton = page.getByRole('button', { name: `${doc.context.title} openen` });
  await openButton.waitFor();
  const openIt = async () => {
    const t0 = Date.now();
    await openButton.click();
    await page.getByRole('heading', { level: 1, name: 'Context' }).waitFor({ timeout: 120_000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    console.log(`open: ${Date.now() - t0} ms`);
  };
  if (scenario === 'open') {
    console.log(topFrames(await profiled(cdp, openIt)));
  } else if (scenario === 'input') {
    await openIt();
    await step(page, messages.nl.steps.conclusions);
    await page.getByLabel('Lessen', { exact: true }).focus();
    await page.keyboard.press('End');
    const profile = await profiled(cdp, async () => {
      const t0 = Date.now();
      await page.keyboard.type('Meer mensen aan het werk in de wijk. ', { delay: 15 });
      await page.waitForTimeout(300);
      console.log(`typing 37 characters: ${Date.now() - t0} ms`);
    });
    console.log(topFrames(profile));
  } else {
    await openIt();
    const times: string[] = [];
    const profile = await profiled(cdp, async () => {
      for (const s of STEP_LIST) {
        const title = messages.nl.steps[s.id as keyof typeof messages.nl.steps];
        times.push(`${s.id} ${(await step(page, title)).toFixed(0)}`);
      }
    });
    console.log(times.join(', '));
    console.log(topFrames(profile));
  }
} finally {
  await browser.close();
  await bridge.close();
  await rm(root, { recursive: true, force: true });
}
