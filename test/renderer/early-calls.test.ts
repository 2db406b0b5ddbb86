/**
 * The start screen's calls made before the renderer has loaded (renderer/early.ts): over the real
 * loopback bridge (real handlers on a temp workspace), the first call of each name gets the answer
 * asked for early; later calls ask the backend again, and see what changed since. The page's
 * relative `/api/...` addresses are sent to the bridge's origin (node has no page to resolve them).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startBridge } from '../../electron/bridge/server';
import { httpBackend } from '../../renderer/backend';
import { startEarlyCalls } from '../../renderer/early';
import { realBackend } from '../helpers';

class MemoryStorage {
  private data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the early calls', () => {
  it('answer the first call of their name once; the next call asks the bridge again', async () => {
    const { handlers } = await realBackend();
    const bridge = await startBridge({ handlers, staticDir: 'out/renderer', port: 0 });
    try {
      const origin = new URL(bridge.url).origin;
      const realFetch = globalThis.fetch;
      const sent: string[] = [];
      const toBridge = ((url: string, init?: RequestInit) => {
        sent.push(url);
        return realFetch(`${origin}${url}`, init);
      }) as typeof fetch;
      vi.stubGlobal('fetch', toBridge);
      const storage = new MemoryStorage();
      const win = { location: { search: `?token=${bridge.token}` }, sessionStorage: storage } as unknown as Window;

      const pending = startEarlyCalls(win);
      expect(sent).toEqual(['/api/settingsGet', '/api/workspaceList', '/api/workspaceTrash']);
      // The token is kept for reloads, as the adapter keeps it.
      expect(storage.getItem('impactwijzer.token')).toBe(bridge.token);
      await Promise.all(Object.values(pending));

      // A document made after the early list was read: the early answer does not have it, a new call does.
      await handlers.workspaceCreate({ title: 'Na de eerste lijst' });
      const backend = httpBackend(bridge.token, toBridge, pending);
      expect((await backend.workspaceList({})).documents).toEqual([]);
      expect(sent).toHaveLength(3);
      expect((await backend.workspaceList({})).documents.map((d) => d.title)).toEqual(['Na de eerste lijst']);
      expect(sent).toHaveLength(4);
      expect((await backend.settingsGet({})).language).toBe('nl');
      await expect(backend.workspaceTrash({})).resolves.toEqual({ documents: [] });
      expect(sent).toHaveLength(4);
    } finally {
      await bridge.close();
    }
  });

  it('report a bridge that cannot be reached as offline, when the renderer asks', async () => {
    vi.stubGlobal('fetch', (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch);
    const win = { location: { search: '?token=t' }, sessionStorage: new MemoryStorage() } as unknown as Window;
    const backend = httpBackend('t', fetch, startEarlyCalls(win));
    await expect(backend.workspaceList({})).rejects.toMatchObject({ info: { code: 'offline' } });
  });
});
