import { describe, expect, it } from 'vitest';
import { callNames, eventNames, subscriberOf } from '../../../shared/api-calls';
import { contract, events } from '../../../shared/api';
import { buildExposedApi } from '../../../electron/preload/expose';

const noSubscribe = () => () => undefined;

describe('the preload API', () => {
  it('exposes exactly the contract calls and event subscribers, and nothing else', () => {
    const api = buildExposedApi(callNames, async () => ({ ok: true, value: null }), noSubscribe);
    const expected = [...Object.keys(contract), ...Object.keys(events).map((e) => subscriberOf(e as (typeof eventNames)[number]))].sort();
    expect(Object.keys(api).sort()).toEqual(expected);
    expect(Object.isFrozen(api)).toBe(true);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    for (const forbidden of ['send', 'invoke', 'ipcRenderer', 'on', 'sendSync', 'require', 'process']) expect(forbidden in api).toBe(false);
  });

  it('passes one argument to its own channel and unwraps the envelope', async () => {
    const calls: [string, unknown][] = [];
    const api = buildExposedApi(
      callNames,
      async (name, payload) => {
        calls.push([name, payload]);
        return name === 'workspaceOpen'
          ? { ok: false, error: { code: 'not-found', params: {} } }
          : { ok: true, value: { echoed: payload } };
      },
      noSubscribe,
    );
    await expect((api.workspaceList as () => Promise<unknown>)()).resolves.toEqual({ echoed: {} });
    await expect((api.workspaceOpen as (r: unknown) => Promise<unknown>)({ id: 'abc' })).rejects.toThrow(
      JSON.stringify({ code: 'not-found', params: {} }),
    );
    expect(calls).toEqual([
      ['workspaceList', {}],
      ['workspaceOpen', { id: 'abc' }],
    ]);
  });

  it('event subscribers pass only the payload on, and can be removed', () => {
    const listeners = new Map<string, (p: unknown) => void>();
    let removed = 0;
    const api = buildExposedApi(
      callNames,
      async () => ({ ok: true, value: null }),
      (name, listener) => {
        listeners.set(name, listener);
        return () => removed++;
      },
    );
    const seen: unknown[] = [];
    const off = (api.onMenuCommand as (l: (p: unknown) => void) => () => void)((p) => seen.push(p));
    listeners.get('menuCommand')!({ command: 'undo' });
    expect(seen).toEqual([{ command: 'undo' }]);
    off();
    expect(removed).toBe(1);
    expect(() => (api.onMenuCommand as (l: unknown) => void)('not a function')).toThrow(TypeError);
  });
});
