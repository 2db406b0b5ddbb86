import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { DepthScanner, MAX_BODY_DEPTH } from '../../../electron/bridge/body';
import { startBridge, type Bridge } from '../../../electron/bridge/server';
import { realBackend } from '../../helpers';

let bridge: Bridge | null = null;
afterEach(async () => {
  await bridge?.close();
  bridge = null;
});

function post(port: number, path: string, headers: Record<string, string>, body: string) {
  return new Promise<{ status: number; body: string }>((done, fail) => {
    const req = request({ host: '127.0.0.1', port, method: 'POST', path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', fail);
    req.end(body);
  });
}

describe('request bodies on the bridge', () => {
  it('refuses a 10 MB body nested 100,000 deep before parsing it, and answers other requests meanwhile', async () => {
    const backend = await realBackend();
    bridge = await startBridge({ handlers: backend.handlers, staticDir: 'out/renderer', port: 0 });
    const auth = { Authorization: `Bearer ${bridge.token}`, Host: `127.0.0.1:${bridge.port}`, 'Content-Type': 'application/json' };
    const deep = '{"a":'.repeat(100_000) + '"x"'.padEnd(9_000_000, ' ') + '}'.repeat(100_000);
    expect(deep.length).toBeGreaterThan(9_000_000);
    const [refused, ...others] = await Promise.all([
      post(bridge.port, '/api/workspaceCreate', auth, deep),
      post(bridge.port, '/api/workspaceList', auth, '{}'),
      post(bridge.port, '/api/workspaceList', auth, '{}'),
    ]);
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.body)).toEqual({ ok: false, error: { code: 'request-not-json', params: {} } });
    for (const other of others) expect(other.status).toBe(200);
    // The bridge still works after it.
    expect((await post(bridge.port, '/api/workspaceList', auth, '{}')).status).toBe(200);
  });

  it('counts only brackets outside strings, across chunks', () => {
    const scanner = new DepthScanner();
    const text = new TextEncoder().encode(`{"a":"[[[{{{\\"[[[","b":[[1]]}`);
    expect(scanner.scan(text.subarray(0, 9), MAX_BODY_DEPTH)).toBe(true);
    expect(scanner.scan(text.subarray(9), MAX_BODY_DEPTH)).toBe(true);
    expect(scanner.max).toBe(3);
    expect(new DepthScanner().scan(new TextEncoder().encode('['.repeat(101)), 100)).toBe(false);
  });
});
