/**
 * The two transports to the backend, both speaking the same contract: the preload's IPC methods
 * in the desktop app, and the loopback HTTP bridge (token from the page URL) in a browser.
 * Failures arrive as codes (shared/errors.ts) and are thrown as BackendCallError; the words are
 * chosen where they are shown (describeError with the UI's translator).
 */
import type { Backend } from '../shared/api';
import { callNames, type CallName } from '../shared/api-calls';
import { describeError, isErrorInfo, type ErrorInfo, type Translate } from '../shared/errors';
import { readAnswer, takePending, type HttpAnswer, type Pending } from './early';
import { jsonOf } from './stores/json-text';
import { bridgeToken } from './token';

/** An error the backend (or the way to it) reported, as a code. */
export class BackendCallError extends Error {
  constructor(readonly info: ErrorInfo) {
    super(info.code);
    this.name = 'BackendCallError';
  }

  get code(): ErrorInfo['code'] {
    return this.info.code;
  }
}

/** Any failure as a code: a backend error keeps its own, anything else is `internal` (no internals shown). */
export function toErrorInfo(err: unknown): ErrorInfo {
  if (err instanceof BackendCallError) return err.info;
  return { code: 'internal', params: {} };
}

export { bridgeToken };

/** The HTTP adapter: one POST per call to /api/<name>. A call made early (early.ts) answers its name's first call. */
export function httpBackend(token: string, fetchImpl: typeof fetch = fetch, pending: Pending = {}): Backend {
  const api = {} as Record<CallName, (request?: unknown) => Promise<unknown>>;
  for (const name of callNames) {
    api[name] = async (request?: unknown) => {
      const early = takePending(pending, name) as Promise<HttpAnswer> | undefined;
      let answer: HttpAnswer;
      try {
        answer = await (early ??
          fetchImpl(`/api/${name}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
            // The open document's text is kept per unchanged part (stores/json-text.ts): a save of 12 MB writes only what changed.
            body: jsonOf(request ?? {}),
          }).then(readAnswer));
      } catch {
        throw new BackendCallError({ code: 'offline', params: {} });
      }
      const body = answer.body as { ok?: unknown; value?: unknown; error?: unknown } | null;
      if (body?.ok === true) return body.value;
      if (body?.ok === false && isErrorInfo(body.error)) throw new BackendCallError(body.error);
      throw new BackendCallError({ code: 'invalid-response', params: { status: answer.status } });
    };
  }
  return api as unknown as Backend;
}

/**
 * The preload's methods with their failures turned back into codes: an error thrown through the
 * context bridge keeps only its message, so the preload puts the error's JSON there.
 */
export function ipcBackend(exposed: Backend, pending: Pending = {}): Backend {
  const api = {} as Record<CallName, (request?: unknown) => Promise<unknown>>;
  for (const name of callNames) {
    const call = exposed[name] as (request?: unknown) => Promise<unknown>;
    api[name] = async (request?: unknown) => {
      try {
        return await (takePending(pending, name) ?? call(request ?? {}));
      } catch (err) {
        let info: unknown = null;
        try {
          info = JSON.parse((err as Error).message);
        } catch {
          // Not ours: reported as internal below.
        }
        throw new BackendCallError(isErrorInfo(info) ? info : { code: 'internal', params: {} });
      }
    };
  }
  return api as unknown as Backend;
}

/** A failure in the user's words: the message of its code, then its problems (one per line). */
export function failureLines(t: Translate, err: unknown): string[] {
  return describeError(t, toErrorInfo(err));
}
