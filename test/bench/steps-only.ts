/**
 * `node --import tsx test/bench/steps-only.ts [large|x10|x100] [--profile <step-id>] [--no-build]`: the time
 * each step takes to render after navigation (median of 3 rounds, as in ui.ts) with the large reference
 * document, the ×10 or the ×100 one (one round), printed per step, slowest first. With --profile, a CPU profile of navigating
 * to that one step (from the step before it) is printed as top frames; the build is then unminified.
 * Not part of `npm run bench`: it is for finding and checking a slow step without the whole bench.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { messages } from '../../shared/i18n';
import { STEP_LIST } from '../../shared/steps/list';
import { largeDocument } from './large-document';
import { topFrames, type CpuProfile } from './profile-top';
import { median } from './stats';
import { timeStep } from './ui';
import { x100Document } from './x100-document';
import { benchBridge, launchChromium } from './harness';

const which = process.argv[2] === 'x100' ? 100 : process.argv[2] === 'x10' ? 10 : 1;
const profileAt = process.argv.includes('--profile') ? process.argv[process.argv.indexOf('--profile') + 1] : undefined;
const outDir = profileAt ? join(tmpdir(), 'iw-steps-only-unminified') : 'out/renderer';
if (!process.argv.includes('--no-build'))
  await build({ configFile: 'vite.config.ts', logLevel: 'error', build: profileAt ? { outDir, minify: false } : {} });
const root = await mkdtemp(join(tmpdir(), 'iw-steps-only-'));
const workspaceDir = join(root, 'werkmap');
await mkdir(workspaceDir, { recursive: true });
const doc = which === 100 ? x100Document() : largeDocument(which);
await writeFile(join(workspaceDir, `${doc.id}.impactwijzer.json`), JSON.stringify(doc));
const bridge = await benchBridge(root, outDir, workspaceDir);
const browser = await launchChromium();
const title = (id: string) => messages.nl.steps[id as keyof typeof messages.nl.steps];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(bridge.url);
  await page.getByRole('button', { name: `${doc.context.title} openen` }).click();
  await page.getByRole('heading', { level: 1, name: 'Context' }).waitFor({ timeout: 120_000 });
  if (profileAt) {
    const index = STEP_LIST.findIndex((s) => s.id === profileAt);
    if (index < 0) throw new Error(`no step ${profileAt}: ${STEP_LIST.map((s) => s.id).join(', ')}`);
    await timeStep(page, title(STEP_LIST[Math.max(0, index - 1)]!.id));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const ms = await timeStep(page, title(profileAt));
    const profile = (await cdp.send('Profiler.stop')).profile as unknown as CpuProfile;
    console.log(`${profileAt}: ${ms.toFixed(0)} ms (unminified, profiled)`);
    console.log(topFrames(profile));
  } else {
    const perStep = new Map<string, number[]>();
    for (let round = 0; round < (which === 100 ? 1 : 3); round++)
      for (const s of STEP_LIST) perStep.set(s.id, [...(perStep.get(s.id) ?? []), await timeStep(page, title(s.id))]);
    const rows = [...perStep].map(([id, times]) => [id, median(times)] as const).sort((a, b) => b[1] - a[1]);
    console.log(`×${which}: ${rows.map(([id, ms]) => `${id} ${ms.toFixed(0)}`).join(', ')}`);
  }
} finally {
  await browser.close();
  await bridge.close();
  await rm(root, { recursive: true, force: true });
}
