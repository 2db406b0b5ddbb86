import { describe, expect, it } from 'vitest';
import { BackendCallError, bridgeToken, httpBackend } from '../../renderer/backend';

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
        JSON.stringify(ok ? { ok: true, value: { documents: [] } } : { ok: false, error: { code: 'not-found', message: 'Weg' } }),
        { status: ok ? 200 : 404 },
      );
    }) as unknown as typeof fetch;
    const backend = httpBackend('tok', fakeFetch);
    await expect(backend.workspaceList({})).resolves.toEqual({ documents: [] });
    await expect(backend.workspaceOpen({ id: 'abc' })).rejects.toBeInstanceOf(BackendCallError);
    expect(seen[0]?.url).toBe('/api/workspaceList');
    expect((seen[0]?.init.headers as Record<string, string>).Authorization).toBe('Bearer tok');
    expect(seen[1]?.init.body).toBe('{"id":"abc"}');
  });
});
