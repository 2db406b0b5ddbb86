/**
 * Scale benchmarks outside the browser: the CLI exporting the sample (the command as a user runs
 * it, a fresh process each time) and how long the bridge keeps other requests waiting while it
 * receives a 10 MB body nested 100,000 deep.
 */
import { execFileSync } from 'node:child_process';
import { request } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBridge } from '../../electron/bridge/server';
import Conf from 'conf';
import { wireBackend } from '../../electron/backend/wire';
import { median, type Figure } from './stats';

function post(port: number, headers: Record<string, string>, path: string, body: string): Promise<number> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, method: 'POST', path, headers }, (res) => {
      res.resume();
      res.on('end', () => done(res.statusCode ?? 0));
    });
    req.on('error', fail);
    req.end(body);
  });
}

async function cliExport(): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'iw-bench-cli-'));
  try {
    const cli = (...args: string[]) => execFileSync(process.execPath, ['electron/bin.mjs', ...args], { stdio: 'pipe' });
    cli('example', '--out', join(dir, 'voorbeeld.json'));
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      cli('export', join(dir, 'voorbeeld.json'), '--out', join(dir, `rapport-${i}.pdf`));
      times.push(performance.now() - t0);
    }
    return median(times);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The longest wait of small requests sent every 5 ms while the hostile body is being received and refused. */
async function bridgeBlock(): Promise<number> {
  const root = await mkdtemp(join(tmpdir(), 'iw-bench-bridge-'));
  const store = new Conf<Record<string, unknown>>({ cwd: join(root, 'settings'), configName: 'settings', projectName: 'impactwijzer' });
  const workspaceDir = join(root, 'werkmap');
  const handlers = wireBackend({ store, defaultWorkspaceDir: workspaceDir, workspaceDir, version: 'bench', transport: 'http' });
  const bridge = await startBridge({ handlers, staticDir: 'out/renderer', port: 0 });
  try {
    const auth = { Authorization: `Bearer ${bridge.token}`, Host: `127.0.0.1:${bridge.port}`, 'Content-Type': 'application/json' };
    const deep = '{"a":'.repeat(100_000) + '"x"'.padEnd(9_500_000, ' ') + '}'.repeat(100_000);
    // One listing first: the first ever (a fresh workspace folder, cold code paths) took 35-60 ms by itself and was the
    // longest wait in every run, while the waits during the hostile body were 2-5 ms; the figure is about the body.
    await post(bridge.port, auth, '/api/workspaceList', '{}');
    let done = false;
    const waits: number[] = [];
    const pinger = (async () => {
      while (!done) {
        const t0 = performance.now();
        await post(bridge.port, auth, '/api/workspaceList', '{}');
        waits.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    const status = await post(bridge.port, auth, '/api/workspaceCreate', deep);
    await new Promise((r) => setTimeout(r, 50));
    done = true;
    await pinger;
    if (status !== 400) throw new Error(`the nested body got ${status}`);
    return waits.reduce((m, w) => Math.max(m, w), 0);
  } finally {
    await bridge.close();
    await rm(root, { recursive: true, force: true });
  }
}

export async function benchScale(): Promise<Figure[]> {
  return [
    {
      key: 'cli_export_sample_ms',
      label: '`impactwijzer export` of the Heerlen sample, a fresh Node process each time (tsx start included), median of 3',
      value: await cliExport(),
      unit: 'ms',
      goal: { max: 2000 },
    },
    {
      key: 'bridge_block_max_ms',
      label: 'longest wait of a small request while the bridge receives and refuses a 10 MB body nested 100,000 deep',
      value: await bridgeBlock(),
      unit: 'ms',
      goal: { max: 100 },
    },
  ];
}
