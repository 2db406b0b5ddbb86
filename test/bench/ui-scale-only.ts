/**
 * `node --import tsx test/bench/ui-scale-only.ts`: only the keys of ui-scale.ts (x10_step_render_max_ms,
 * x100_open_ms, x100_input_p95_ms), for re-measuring them without the whole bench.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { largeDocument } from './large-document';
import { timeStep } from './ui';
import { benchUiScale } from './ui-scale';
import { benchBridge, launchChromium } from './harness';

await build({ configFile: 'vite.config.ts', logLevel: 'error' });
const root = await mkdtemp(join(tmpdir(), 'iw-bench-ui-scale-'));
const workspaceDir = join(root, 'werkmap');
await mkdir(workspaceDir, { recursive: true });
const x10 = largeDocument(10);
await writeFile(join(workspaceDir, `${x10.id}.impactwijzer.json`), JSON.stringify(x10));
const bridge = await benchBridge(root, 'out/renderer', workspaceDir);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  for (const f of await benchUiScale(page, bridge.url, workspaceDir, x10, timeStep))
    console.log(`${f.key}: ${f.value.toFixed(0)} ${f.unit} — ${f.label}`);
} finally {
  await browser.close();
  await bridge.close();
  await rm(root, { recursive: true, force: true });
}
