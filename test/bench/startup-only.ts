/**
 * `node --import tsx test/bench/startup-only.ts [--no-build] [rounds]`: only the start-up figures of
 * startup.ts (startup_ms against the bare React page, and the start screen's gzip size), in the same
 * headless Chromium settings as the UI bench, for re-measuring start-up without the rest.
 * With rounds > 1 the whole figure is measured that many times (the machine is noisy).
 */
import { build } from 'vite';
import { benchStartup } from './startup';
import { launchChromium } from './harness';

const noBuild = process.argv.includes('--no-build');
const rounds = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 1);
if (!noBuild) await build({ configFile: 'vite.config.ts', logLevel: 'error' });
const browser = await launchChromium();
try {
  for (let round = 0; round < rounds; round++) {
    const figures = await benchStartup(browser);
    const app = figures.find((f) => f.key === 'startup_ms')!;
    const size = figures.find((f) => f.key === 'bundle_gzip_kb')!;
    console.log(
      `startup_ms ${app.value.toFixed(1)} · baseline ${app.baseline!.toFixed(1)} · ratio ${(app.value / app.baseline!).toFixed(2)}× · ` +
        `start screen ${size.value.toFixed(1)} KB gzip`,
    );
  }
} finally {
  await browser.close();
}
