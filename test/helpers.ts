import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { onTestFinished } from 'vitest';
import type { Handlers } from '../shared/api';
import { wireBackend } from '../electron/backend/wire';
import type { Workspace } from '../electron/backend/documents/workspace';
import type { AssessmentDocument } from '../shared/model/document';

/** A fresh temp folder, removed when the test that made it finishes (passed or failed). */
export async function tempDir(prefix = 'iw-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A clock for tests: each reading is one second after the last, from a fixed start. */
export function steppingClock(start = '2026-03-01T09:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => new Date((t += 1000));
}

/** The real backend over a temp workspace and a real settings file (conf, electron-store's engine). */
export async function realBackend(
  options: { now?: () => Date } = {},
): Promise<{ handlers: Handlers; workspaceDir: string; settingsDir: string }> {
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
    now: options.now,
  });
  return { handlers, workspaceDir, settingsDir };
}

/** A seeded pseudo-random source in [0, 1) (mulberry32): the same seed gives the same run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Saves over whatever revision is on disk now (tests of the disk, not of two writers); 0 when there is no file yet. */
export async function saveOnTop(workspace: Pick<Workspace, 'open' | 'save'>, document: AssessmentDocument): ReturnType<Workspace['save']> {
  const base = await workspace.open(document.id).then(
    (opened) => opened.revision,
    () => 0,
  );
  return workspace.save(document, base);
}
