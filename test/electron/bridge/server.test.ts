import { request } from 'node:http';
import { readdir } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { hasToken, isAllowedHost, startBridge, type Bridge } from '../../../electron/bridge/server';
import { realBackend } from '../../helpers';

let bridge: Bridge | null = null;
afterEach(async () => {
  await bridge?.close();
  bridge = null;
});

/** A raw HTTP request, so the Host header can be set freely. */
function raw(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((done, fail) => {
    const req = request(
      { host: '127.0.0.1', port, method: options.method ?? 'POST', path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
      },
    );
    req.on('error', fail);
    if (options.body) req.write(options.body);
    req.end();
  });
}

async function start() {
  const backend = await realBackend();
  bridge = await startBridge({ handlers: backend.handlers, staticDir: 'out/renderer', port: 0 });
  const auth = { Authorization: `Bearer ${bridge.token}`, Host: `127.0.0.1:${bridge.port}`, 'Content-Type': 'application/json' };
  return { ...backend, bridge, auth };
}

describe('the loopback bridge', () => {
  it('listens on 127.0.0.1 and prints a URL with a random token', async () => {
    const { bridge: b } = await start();
    expect(b.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${b.port}/\\?token=[A-Za-z0-9_-]{32}$`));
    const other = await startBridge({ handlers: (await realBackend()).handlers, staticDir: 'out/renderer', port: 0 });
    expect(other.token).not.toBe(b.token);
    await other.close();
  });

  it('answers 401 without the token, or with a wrong one', async () => {
    const { bridge: b } = await start();
    const host = `127.0.0.1:${b.port}`;
    for (const authorization of [
      undefined,
      '',
      'Bearer',
      `Bearer ${b.token}x`,
      `bearer ${b.token}`,
      `Basic ${b.token}`,
      `Bearer ${b.token.slice(1)}`,
    ]) {
      const headers: Record<string, string> = { Host: host };
      if (authorization !== undefined) headers.Authorization = authorization;
      const res = await raw(b.port, { path: '/api/workspaceList', headers });
      expect(res.status, String(authorization)).toBe(401);
    }
    expect((await raw(b.port, { path: '/api/anything', headers: { Host: host } })).status).toBe(401);
  });

  it('answers 403 to a foreign Host header, even with the token', async () => {
    const { bridge: b, auth } = await start();
    for (const host of [
      'evil.example',
      `evil.example:${b.port}`,
      `127.0.0.1:${b.port + 1}`,
      '127.0.0.1',
      `localhost.evil:${b.port}`,
      `[::1]:${b.port}`,
    ]) {
      const res = await raw(b.port, { path: '/api/workspaceList', headers: { ...auth, Host: host } });
      expect(res.status, host).toBe(403);
    }
    const page = await raw(b.port, { method: 'GET', path: '/', headers: { Host: 'evil.example' } });
    expect(page.status).toBe(403);
    const ok = await raw(b.port, { path: '/api/workspaceList', headers: { ...auth, Host: `localhost:${b.port}` } });
    expect(ok.status).toBe(200);
  });

  it('answers 400 with a code and the path when the payload fails the schema, and leaves the folder alone', async () => {
    const { bridge: b, auth, workspaceDir } = await start();
    const before = await readdir(workspaceDir).catch(() => []);
    const bad = await raw(b.port, { path: '/api/workspaceCreate', headers: auth, body: JSON.stringify({ title: 7 }) });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toEqual({
      ok: false,
      error: {
        code: 'invalid-request',
        params: {},
        path: 'title',
        problems: [{ code: 'field-type', params: { expected: 'string' }, path: 'title' }],
      },
    });
    const notJson = await raw(b.port, { path: '/api/workspaceCreate', headers: auth, body: '{title:' });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body)).toEqual({ ok: false, error: { code: 'request-not-json', params: {} } });
    expect(await readdir(workspaceDir).catch(() => [])).toEqual(before);
  });

  it('answers 404 for unknown calls, 405 for GET, 413 for huge bodies', async () => {
    const { bridge: b, auth } = await start();
    expect((await raw(b.port, { path: '/api/deleteEverything', headers: auth })).status).toBe(404);
    expect((await raw(b.port, { method: 'GET', path: '/api/workspaceList', headers: auth })).status).toBe(405);
    const huge = await raw(b.port, { path: '/api/workspaceCreate', headers: auth, body: 'x'.repeat(29 * 1024 * 1024) }).catch(() => ({
      status: 413,
    }));
    expect(huge.status).toBe(413);
  });

  it('serves the built renderer with the CSP header, and nothing outside it', async () => {
    const { bridge: b } = await start();
    const host = `127.0.0.1:${b.port}`;
    const page = await raw(b.port, { method: 'GET', path: '/', headers: { Host: host } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="root">');
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'none'");
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/..%2f..%2fpackage.json',
      '/assets/../../package.json',
      '/missing.js',
    ]) {
      const res = await raw(b.port, { method: 'GET', path, headers: { Host: host } });
      expect(res.body, path).not.toContain('"name": "impactwijzer"');
    }
  });

  it('runs the real handlers: a created assessment is a file in the workspace', async () => {
    const { bridge: b, auth, workspaceDir } = await start();
    const res = await raw(b.port, { path: '/api/workspaceCreate', headers: auth, body: JSON.stringify({ title: 'Via de bridge' }) });
    expect(res.status).toBe(200);
    const { value } = JSON.parse(res.body);
    expect(await readdir(workspaceDir)).toContain(`${value.document.id}.impactwijzer.json`);
  });
});

describe('guards', () => {
  it('isAllowedHost takes only 127.0.0.1 and localhost on our port', () => {
    expect(isAllowedHost('127.0.0.1:5199', 5199)).toBe(true);
    expect(isAllowedHost('localhost:5199', 5199)).toBe(true);
    for (const host of [
      undefined,
      '',
      '127.0.0.1',
      'localhost',
      '127.0.0.1:5198',
      '0.0.0.0:5199',
      'LOCALHOST:5199x',
      '127.0.0.1:5199.evil',
    ]) {
      expect(isAllowedHost(host, 5199)).toBe(false);
    }
  });

  it('hasToken compares the whole bearer token', () => {
    expect(hasToken('Bearer abc', 'abc')).toBe(true);
    for (const header of [undefined, 'abc', 'Bearer ab', 'Bearer abcd', 'Bearer  abc', 'Token abc'])
      expect(hasToken(header, 'abc')).toBe(false);
  });
});
