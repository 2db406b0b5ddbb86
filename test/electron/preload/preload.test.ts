/**
 * The built preload (out/preload/preload.cjs, what the packaged window loads), run as Electron's
 * sandbox runs it: a CommonJS script whose `require` knows only 'electron', here a fake
 * contextBridge and ipcRenderer that record what the preload exposes and sends.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { contract, events } from '../../../shared/api';
import { channelOf, eventChannelOf, subscriberOf, type CallName, type EventName } from '../../../shared/api-calls';
import { builtApp } from '../built-app';

const built = builtApp();

type Api = Record<string, (arg?: unknown) => unknown>;
type IpcListener = (event: unknown, payload: unknown) => void;

/** Runs the built preload against a fake 'electron'; `reply` answers ipcRenderer.invoke. */
function runPreload(reply: (channel: string, payload: unknown) => unknown = () => ({ ok: true, value: null })) {
  const file = join(built.dir, 'preload', 'preload.cjs');
  const exposed = new Map<string, unknown>();
  const required: string[] = [];
  const invoked: [string, unknown][] = [];
  const listeners = new Map<string, Set<IpcListener>>();
  const ipcRenderer = {
    invoke: async (channel: string, payload: unknown) => {
      invoked.push([channel, payload]);
      return reply(channel, payload);
    },
    on: (channel: string, listener: IpcListener) => void listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
    removeListener: (channel: string, listener: IpcListener) => void listeners.get(channel)?.delete(listener),
  };
  const contextBridge = { exposeInMainWorld: (key: string, api: unknown) => void exposed.set(key, api) };
  const require = (id: string) => {
    required.push(id);
    if (id === 'electron') return { contextBridge, ipcRenderer };
    throw new Error(`a sandboxed preload cannot require ${id}`);
  };
  const module = { exports: {} };
  const wrapped = runInNewContext(
    `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`,
    {},
    { filename: file },
  );
  wrapped(module.exports, require, module, file, join(built.dir, 'preload'));
  const api = exposed.get('impactwijzer') as Api;
  /** Main sends an event to the page. */
  const send = (channel: string, payload: unknown) => {
    for (const l of listeners.get(channel) ?? []) l({ sender: { id: 1 }, senderId: 0 }, payload);
  };
  return { exposed, required, invoked, listeners, api, send };
}

describe('the built preload', () => {
  it("requires only 'electron' and exposes one object, window.impactwijzer", () => {
    const { exposed, required } = runPreload();
    expect(required).toEqual(['electron']);
    expect([...exposed.keys()]).toEqual(['impactwijzer']);
  });

  it('exposes exactly the contract calls and one subscriber per event, frozen, all functions', () => {
    const { api } = runPreload();
    const expected = [...Object.keys(contract), ...Object.keys(events).map((e) => subscriberOf(e as EventName))].sort();
    expect(Object.keys(api).sort()).toEqual(expected);
    expect(Object.isFrozen(api)).toBe(true);
    for (const [name, value] of Object.entries(api)) expect(typeof value, name).toBe('function');
  });

  it.each(Object.keys(contract) as CallName[])('%s invokes its own channel with the one argument and unwraps the answer', async (name) => {
    const { api, invoked } = runPreload((channel, payload) => ({ ok: true, value: { channel, payload } }));
    const request = { probe: name };
    await expect(api[name]!(request)).resolves.toEqual({ channel: channelOf(name), payload: request });
    expect(invoked).toEqual([[channelOf(name), request]]);
  });

  it('turns an error answer into a rejection that carries the code, its params and path (the bridge keeps only the message)', async () => {
    const info = { code: 'not-found', params: { id: 'x' }, path: 'id' };
    const { api } = runPreload(() => ({ ok: false, error: info }));
    const error = await (api.workspaceOpen!({ id: 'x' }) as Promise<unknown>).catch((e: unknown) => e as Error);
    expect(error).toMatchObject({ name: 'BackendError:not-found' });
    expect(JSON.parse((error as Error).message)).toEqual(info);
  });

  it('an event subscriber hears only the payload (never the IPC event and its sender), and unsubscribes', () => {
    const { api, send, listeners } = runPreload();
    const heard: unknown[][] = [];
    const off = api[subscriberOf('menuCommand')]!((...args: unknown[]) => heard.push(args)) as () => void;
    send(eventChannelOf('menuCommand'), { command: 'undo' });
    expect(heard).toEqual([[{ command: 'undo' }]]);
    off();
    expect(listeners.get(eventChannelOf('menuCommand'))?.size).toBe(0);
    send(eventChannelOf('menuCommand'), { command: 'redo' });
    expect(heard).toHaveLength(1);
  });
});
