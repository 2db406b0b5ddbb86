import { contract, type Handlers } from '../../shared/api';
import { isCallName } from '../../shared/api-calls';
import { BackendError, problemsOf, type Envelope, type ErrorInfo } from '../../shared/errors';
import { fromNodeError } from './node-errors';

const fail = (error: ErrorInfo): Envelope<never> => ({ ok: false, error });

/**
 * The one way into a handler, for both transports: the call name must be in the contract and
 * the payload must parse with its request schema before the handler runs. Never throws; every
 * failure is a code (the words are chosen where the user reads them).
 */
export async function dispatch(handlers: Handlers, name: string, payload: unknown): Promise<Envelope<unknown>> {
  if (!isCallName(name)) return fail({ code: 'unknown-call', params: { name: name.slice(0, 80) } });
  const parsed = contract[name].request.safeParse(payload ?? {});
  if (!parsed.success) {
    const problems = problemsOf(parsed.error).slice(0, 20);
    return fail({ code: 'invalid-request', params: {}, path: problems[0]?.path ?? '', problems });
  }
  try {
    const handler = handlers[name] as (request: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (err) {
    const known = fromNodeError(err);
    if (known instanceof BackendError) return fail(known.info);
    // Unexpected failures are reported without internals (paths, stacks) to the page.
    console.error(`[impactwijzer] ${name} failed:`, err);
    return fail({ code: 'internal', params: {} });
  }
}
