import type { CallName } from '../../shared/api-calls';

type Invoke = (name: CallName, payload: unknown) => Promise<unknown>;
type Envelope = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

/** An error from the backend, with its code; thrown into the page. */
function toError(error: { code: string; message: string }): Error {
  const err = new Error(error.message);
  err.name = `BackendError:${error.code}`;
  return err;
}

/**
 * Builds the object the preload exposes: one function per call name, each passing its one
 * argument to `invoke` and unwrapping the envelope. Nothing else is on the object.
 */
export function buildExposedApi(names: readonly CallName[], invoke: Invoke): Record<CallName, (request?: unknown) => Promise<unknown>> {
  const api = {} as Record<CallName, (request?: unknown) => Promise<unknown>>;
  for (const name of names) {
    api[name] = async (request?: unknown) => {
      const envelope = (await invoke(name, request ?? {})) as Envelope;
      if (envelope.ok) return envelope.value;
      throw toError(envelope.error);
    };
  }
  return Object.freeze(api);
}
