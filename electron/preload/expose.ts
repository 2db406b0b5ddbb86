import { eventNames, subscriberOf, type CallName, type EventName } from '../../shared/api-calls';
import type { Envelope, ErrorInfo } from '../../shared/errors';

type Invoke = (name: CallName, payload: unknown) => Promise<unknown>;
type Subscribe = (name: EventName, listener: (payload: unknown) => void) => () => void;
/**
 * An error from the backend, thrown into the page. The context bridge copies only an error's
 * message, so the message is the error's JSON (code, params, path); renderer/backend.ts reads it.
 */
function toError(error: ErrorInfo): Error {
  const err = new Error(JSON.stringify(error));
  err.name = `BackendError:${error.code}`;
  return err;
}

/**
 * Builds the object the preload exposes: one function per call name, each passing its one
 * argument to `invoke` and unwrapping the envelope, and one subscriber per event ("onMenuCommand")
 * that passes only the payload on. Nothing else is on the object.
 */
export function buildExposedApi(
  names: readonly CallName[],
  invoke: Invoke,
  subscribe: Subscribe,
): Record<string, (arg?: unknown) => unknown> {
  const api: Record<string, (arg?: unknown) => unknown> = {};
  for (const name of names) {
    api[name] = async (request?: unknown) => {
      const envelope = (await invoke(name, request ?? {})) as Envelope<unknown>;
      if (envelope.ok) return envelope.value;
      throw toError(envelope.error);
    };
  }
  for (const name of eventNames) {
    api[subscriberOf(name)] = (listener?: unknown) => {
      if (typeof listener !== 'function') throw new TypeError('listener must be a function');
      return subscribe(name, (payload) => (listener as (p: unknown) => void)(payload));
    };
  }
  return Object.freeze(api);
}
