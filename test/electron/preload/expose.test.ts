import { describe, expect, it } from 'vitest';
import { callNames } from '../../../shared/api-calls';
import { contract } from '../../../shared/api';
import { buildExposedApi } from '../../../electron/preload/expose';

describe('the preload API', () => {
  it('exposes exactly the contract calls and nothing else', () => {
    const api = buildExposedApi(callNames, async () => ({ ok: true, value: null }));
    expect(Object.keys(api).sort()).toEqual(Object.keys(contract).sort());
    expect(Object.isFrozen(api)).toBe(true);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect('send' in api || 'invoke' in api || 'ipcRenderer' in api || 'on' in api).toBe(false);
  });

  it('passes one argument to its own channel and unwraps the envelope', async () => {
    const calls: [string, unknown][] = [];
    const api = buildExposedApi(callNames, async (name, payload) => {
      calls.push([name, payload]);
      return name === 'workspaceOpen'
        ? { ok: false, error: { code: 'not-found', message: 'Bestaat niet' } }
        : { ok: true, value: { echoed: payload } };
    });
    await expect(api.workspaceList()).resolves.toEqual({ echoed: {} });
    await expect(api.workspaceOpen({ id: 'abc' })).rejects.toThrow('Bestaat niet');
    expect(calls).toEqual([
      ['workspaceList', {}],
      ['workspaceOpen', { id: 'abc' }],
    ]);
  });

  it('the preload source imports only electron and the call list', async () => {
    const { readFile } = await import('node:fs/promises');
    const source = await readFile('electron/preload/preload.ts', 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(imports.sort()).toEqual(['../../shared/api-calls', './expose', 'electron']);
    expect(source).toMatch(/exposeInMainWorld\('impactwijzer'/);
    expect(source.match(/exposeInMainWorld/g)).toHaveLength(1);
  });
});
