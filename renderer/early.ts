/**
 * The page's first code: asks the backend for what the start screen shows (the settings, the
 * workspace list and the trash) before the rest of the renderer has loaded, so the answers travel
 * while the browser compiles and runs it. It imports nearly nothing (no catalogue, no React).
 * The answers are raw (the bridge's status and JSON body, or the preload's promise): the backend
 * adapters (backend.ts) read them exactly as they read their own calls, the first time each call is made.
 */
import type { CallName } from '../shared/api-calls';
import { bridgeToken } from './token';

/** An HTTP call's answer as read: its status and its JSON body (null when it is no JSON). */
export interface HttpAnswer {
  status: number;
  body: unknown;
}

/** Reads a response of the bridge (a body that does not read counts as none; backend.ts says what that means). */
export async function readAnswer(response: Response): Promise<HttpAnswer> {
  return { status: response.status, body: await response.json().catch(() => null) };
}

/** Calls made before the adapters existed, by name; each answers the first call of its name. */
export type Pending = Partial<Record<CallName, Promise<unknown>>>;

/** What the start screen needs first (all take an empty request). */
export const EARLY_CALLS = ['settingsGet', 'workspaceList', 'workspaceTrash'] as const satisfies readonly CallName[];

/** Makes the early calls, over the preload in the desktop app, over the loopback bridge in a browser. */
export function startEarlyCalls(win: Window): Pending {
  const pending: Pending = {};
  const exposed = win.impactwijzer;
  // The token of a first load is in the address: the calls need not wait for session storage (its first use can take long).
  const fromUrl = exposed ? '' : new URLSearchParams(win.location.search).get('token');
  const token = exposed ? '' : (fromUrl ?? bridgeToken(win.location, win.sessionStorage));
  for (const name of EARLY_CALLS) {
    // The bridge's answer is read here too: it is then ready when the first render asks, not a few tasks later.
    const raw: Promise<unknown> = exposed
      ? exposed[name]({})
      : fetch(`/api/${name}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: '{}',
        }).then(readAnswer);
    // A failure is reported when the renderer asks for the answer; until then it is no unhandled rejection.
    raw.catch(() => undefined);
    pending[name] = raw;
  }
  // Remembered for reloads (whose address may have lost it) once the calls are on their way.
  if (fromUrl) bridgeToken(win.location, win.sessionStorage);
  return pending;
}

/** The answer of an early call, once: later calls of that name go to the backend again. */
export function takePending(pending: Pending, name: CallName): Promise<unknown> | undefined {
  const raw = pending[name];
  delete pending[name];
  return raw;
}
