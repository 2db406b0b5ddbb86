/**
 * What the UI benchmarks and their tools share: the real backend over a temp workspace served by the
 * loopback bridge, and headless Chromium with the bench's flags.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import Conf from 'conf';
import { startBridge } from '../../electron/bridge/server';
import { wireBackend } from '../../electron/backend/wire';

/** Chromium's flags for every benchmark (no background work that would land inside a measurement). */
export const CHROMIUM_ARGS = [
  '--enable-precise-memory-info',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The backend's handlers with their settings under `root` and the workspace in `workspaceDir` (default root/werkmap). */
export function benchHandlers(root: string, workspaceDir = join(root, 'werkmap')) {
  const store = new Conf<Record<string, unknown>>({ cwd: join(root, 'settings'), configName: 'settings', projectName: 'impactwijzer' });
  return wireBackend({ store, defaultWorkspaceDir: workspaceDir, workspaceDir, version: 'bench', transport: 'http' });
}

/** The bridge serving `staticDir` over those handlers. */
export function benchBridge(root: string, staticDir: string, workspaceDir?: string) {
  return startBridge({ handlers: benchHandlers(root, workspaceDir), staticDir, port: 0 });
}

/** Headless Chromium (the system's where there is one, as the tests use). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined, args: CHROMIUM_ARGS });
}
