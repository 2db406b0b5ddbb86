import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach } from 'vitest';
import type { Handlers } from '../shared/api';
import { wireBackend } from '../electron/backend/wire';

/** A fresh temp folder, removed after the test. */
export async function tempDir(prefix = 'iw-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  afterEach(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** The real backend over a temp workspace and a real settings file (conf, electron-store's engine). */
export async function realBackend(): Promise<{ handlers: Handlers; workspaceDir: string; settingsDir: string }> {
  const root = await tempDir();
  const workspaceDir = join(root, 'werkmap');
  const settingsDir = join(root, 'settings');
  const store = new Conf<Record<string, unknown>>({ cwd: settingsDir, configName: 'settings', projectName: 'impactwijzer' });
  const handlers = wireBackend({
    store,
    defaultWorkspaceDir: workspaceDir,
    workspaceDir,
    examplesDir: 'assets/examples',
    version: '0.0.0-test',
    transport: 'http',
  });
  return { handlers, workspaceDir, settingsDir };
}
