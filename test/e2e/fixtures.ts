import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

export interface App {
  /** The URL the bridge printed, with its token. */
  url: string;
  port: number;
  /** The workspace folder on disk. */
  workspaceDir: string;
  /** Every request the page made, as URLs. */
  requests: string[];
}

/**
 * Starts the real `npm run web` bridge (without rebuilding) over a workspace, on a free port or,
 * to start it again where a page expects it (same origin, same IndexedDB), on a given one.
 */
export async function startBridge(
  workspaceDir: string,
  port = 0,
  args: string[] = [],
): Promise<{ child: ChildProcess; url: string; port: number; output: () => string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/bridge/cli.ts', '--workspace', workspaceDir, '--port', String(port), '--no-build', ...args],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`bridge did not start: ${output}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        done(match[1]!);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => fail(new Error(`bridge exited (${code}): ${output}`)));
  });
  return { child, url, port: Number(new URL(url).port), output: () => output };
}

export const test = base.extend<{ app: App; prepareWorkspace: { prepare: (dir: string) => Promise<void> } | null }>({
  /** Runs on the empty workspace folder before the bridge starts (e.g. a settings file). An object: a function would be a fixture. */
  prepareWorkspace: [null, { option: true }],
  app: async ({ page, prepareWorkspace }, use) => {
    const workspaceDir = await mkdtemp(join(tmpdir(), 'iw-e2e-'));
    await prepareWorkspace?.prepare(workspaceDir);
    const { child, url, port } = await startBridge(workspaceDir);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await use({ url, port, workspaceDir, requests });
    child.kill('SIGINT');
    await new Promise((r) => child.once('exit', r));
    await rm(workspaceDir, { recursive: true, force: true });
  },
});

/** Opens the app and waits until the start screen is ready. */
export async function openApp(page: Page, app: App): Promise<void> {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

export { expect };
