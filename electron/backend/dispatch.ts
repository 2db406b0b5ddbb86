import { z } from 'zod';
import { BackendError, contract, type Envelope, type Handlers } from '../../shared/api';
import { isCallName } from '../../shared/api-calls';
import { problemsOf } from '../../shared/model/load';

/** Zod issues as "path: message" lines, the first few only (the same paths import errors use). */
export function describeIssues(error: z.ZodError, max = 5): string {
  const problems = problemsOf(error, '(root)');
  const lines = problems.slice(0, max).map((p) => `${p.path}: ${p.message}`);
  if (problems.length > max) lines.push(`… en nog ${problems.length - max}`);
  return lines.join('\n');
}

/**
 * The one way into a handler, for both transports: the call name must be in the contract and
 * the payload must parse with its request schema before the handler runs. Never throws.
 */
export async function dispatch(handlers: Handlers, name: string, payload: unknown): Promise<Envelope<unknown>> {
  if (!isCallName(name)) {
    return { ok: false, error: { code: 'unknown-call', message: `Onbekende aanroep: ${name.slice(0, 80)}` } };
  }
  const parsed = contract[name].request.safeParse(payload ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid-request', message: describeIssues(parsed.error) } };
  }
  try {
    const handler = handlers[name] as (request: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (err) {
    if (err instanceof BackendError) return { ok: false, error: { code: err.code, message: err.message } };
    // Unexpected failures are reported without internals (paths, stacks) to the page.
    console.error(`[impactwijzer] ${name} failed:`, err);
    return { ok: false, error: { code: 'internal', message: 'Er ging iets mis in de achtergrond. Probeer het opnieuw.' } };
  }
}
