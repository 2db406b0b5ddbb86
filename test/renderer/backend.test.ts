import { describe, expect, it } from 'vitest';
import type { Backend, BackendEvents } from '../../shared/api';
import { callNames } from '../../shared/api-calls';
import { BackendCallError, bridgeToken, httpBackend, toErrorInfo } from '../../renderer/backend';
import { pickPlatform } from '../../renderer/platform';

class MemoryStorage {
  private data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
}

describe('the renderer backend adapter', () => {
  it('takes the token from the URL and keeps it for reloads', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    expect(bridgeToken({ search: '?token=abc' } as Location, storage)).toBe('abc');
    expect(bridgeToken({ search: '' } as Location, storage)).toBe('abc');
  });

  it('posts each call to /api/<name> with the bearer token and unwraps errors', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const fakeFetch = (async (url: string, init: RequestInit) => {
      seen.push({ url, init });
      const ok = url.endsWith('/workspaceList');
      return new Response(
        JSON.stringify(ok ? { ok: true, value: { documents: [] } } : { ok: false, error: { code: 'not-found', params: {} } }),
        { status: ok ? 200 : 404 },
      );
    }) as unknown as typeof fetch;
    const backend = httpBackend('tok', fakeFetch);
    await expect(backend.workspaceList({})).resolves.toEqual({ documents: [] });
    await expect(backend.workspaceOpen({ id: 'abc' })).rejects.toMatchObject({ info: { code: 'not-found', params: {} } });
    expect(seen[0]?.url).toBe('/api/workspaceList');
    expect((seen[0]?.init.headers as Record<string, string>).Authorization).toBe('Bearer tok');
    expect(seen[1]?.init.body).toBe('{"id":"abc"}');
  });

  it('turns an unreachable bridge, a body that is not ours and an unknown code into codes, never sentences', async () => {
    const offline = httpBackend('tok', (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch);
    await expect(offline.workspaceList({})).rejects.toMatchObject({ info: { code: 'offline' } });
    for (const body of ['<html>proxy error</html>', JSON.stringify({ ok: false, error: { code: 'made-up', params: {} } })]) {
      const odd = httpBackend('tok', (async () => new Response(body, { status: 502 })) as unknown as typeof fetch);
      await expect(odd.workspaceList({})).rejects.toMatchObject({ info: { code: 'invalid-response', params: { status: 502 } } });
    }
    expect(toErrorInfo(new Error('/home/x/secret: EACCES'))).toEqual({ code: 'internal', params: {} });
  });
});

describe('the platform, chosen once', () => {
  const browserWindow = () =>
    ({ location: { search: '?token=t' }, sessionStorage: { getItem: () => null, setItem: () => undefined } }) as unknown as Window;

  it('is the browser over the bridge when there is no preload: downloads, its own keys, no menu', () => {
    const platform = pickPlatform(browserWindow());
    expect(platform.kind).toBe('browser');
    expect(platform.capabilities).toEqual({ nativeSaveDialog: false, menuAccelerators: false, reopenLastDocument: false });
    expect(typeof platform.onMenuCommand(() => undefined)).toBe('function');
  });

  it('is the desktop over the preload, whose thrown errors carry the code as JSON', async () => {
    const listeners: ((c: unknown) => void)[] = [];
    const exposed = Object.fromEntries(
      callNames.map((name) => [
        name,
        async () => {
          if (name === 'workspaceOpen') throw new Error(JSON.stringify({ code: 'not-found', params: {} }));
          if (name === 'workspaceSave') throw new Error('Error invoking remote method: something internal');
          return { ok: true };
        },
      ]),
    ) as unknown as Backend & BackendEvents;
    exposed.onMenuCommand = (listener) => {
      listeners.push(listener as (c: unknown) => void);
      return () => undefined;
    };
    const platform = pickPlatform({ ...browserWindow(), impactwijzer: exposed } as unknown as Window);
    expect(platform.kind).toBe('desktop');
    expect(platform.capabilities.nativeSaveDialog).toBe(true);
    await expect(platform.backend.workspaceOpen({ id: 'abc' })).rejects.toMatchObject({ info: { code: 'not-found', params: {} } });
    const saved = platform.backend.workspaceSave({ document: {} as never, baseRevision: 0 });
    await expect(saved).rejects.toBeInstanceOf(BackendCallError);
    await expect(saved).rejects.toMatchObject({ info: { code: 'internal' } });
    const seen: unknown[] = [];
    platform.onMenuCommand((c) => seen.push(c));
    listeners[0]!({ command: 'undo' });
    expect(seen).toEqual([{ command: 'undo' }]);
  });
});
