/**
 * Picks the transport to the backend: the preload's IPC methods in the desktop app, or the
 * loopback HTTP bridge (token from the page URL) in a browser. Both speak the same contract.
 */
import type { Backend, BackendEvents } from '../shared/api';
import { callNames, type CallName } from '../shared/api-calls';

declare global {
  interface Window {
    impactwijzer?: Backend & BackendEvents;
  }
}

/** An error the backend reported, with its code. */
export class BackendCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'BackendCallError';
  }
}

const TOKEN_KEY = 'impactwijzer.token';

/** The bridge token: from the URL on first load, then from session storage (survives reloads). */
export function bridgeToken(location: Location, storage: Storage): string {
  const fromUrl = new URLSearchParams(location.search).get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY) ?? '';
}

/** The HTTP adapter: one POST per call to /api/<name>. */
export function httpBackend(token: string, fetchImpl: typeof fetch = fetch): Backend {
  const api = {} as Record<CallName, (request?: unknown) => Promise<unknown>>;
  for (const name of callNames) {
    api[name] = async (request?: unknown) => {
      let response: Response;
      try {
        response = await fetchImpl(`/api/${name}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(request ?? {}),
        });
      } catch {
        throw new BackendCallError('offline', 'De achtergronddienst is niet bereikbaar.');
      }
      const body = (await response.json().catch(() => null)) as
        { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } } | null;
      if (!body) throw new BackendCallError('invalid-response', `Onverwacht antwoord (${response.status}).`);
      if (body.ok) return body.value;
      throw new BackendCallError(body.error.code, body.error.message);
    };
  }
  return api as unknown as Backend;
}

/** The backend for this page. */
export function pickBackend(): Backend {
  if (window.impactwijzer) return window.impactwijzer;
  return httpBackend(bridgeToken(window.location, window.sessionStorage));
}
