/**
 * Errors cross the contract as codes, never as sentences: `{ code, params, path }`. The words
 * are chosen where the user reads them (the renderer, the CLI, a native dialog), from the
 * message catalogue (`errors.<code>` in shared/i18n/errors.nl.ts and errors.en.ts).
 */
import type { z } from 'zod';
import { errorsNl } from './i18n/errors.nl';
import type { MessageKey, MessageValues } from './i18n/lookup';

/** The type and origin names with words of their own (errors.types.<name>); the start screen's words, no more of the catalogue. */
const typeNames = errorsNl.errors.types;
const isTypeName = (value: string): value is keyof typeof typeNames => Object.hasOwn(typeNames, value);

/** Every code an error or a problem (one path inside a file or request) can carry. */
export const errorCodes = [
  // The contract and its transports.
  'invalid-request',
  'unknown-call',
  'forbidden-sender',
  'forbidden-host',
  'unauthorized',
  'method-not-allowed',
  'request-too-large',
  'request-not-json',
  'offline',
  'invalid-response',
  'internal',
  // The workspace.
  'not-found',
  'not-in-trash',
  'no-example',
  'quarantined',
  // Files and the disk.
  'file-not-found',
  'not-a-file',
  'disk-full',
  'read-only',
  'permission-denied',
  'io-error',
  'too-large',
  // Reading a document (shared/model/load.ts).
  'file-empty',
  'file-utf16',
  'file-not-utf8',
  'file-binary',
  'file-not-json',
  'file-too-deep',
  'not-an-assessment',
  'file-future-version',
  'file-unknown-version',
  'invalid-file',
  // One value at a path inside a document or request.
  'field-type',
  'field-too-small',
  'field-too-big',
  'field-value',
  'field-format',
  'field-unknown-keys',
  'field-invalid',
  'field-version-future',
  'field-version-unknown',
  // own files
  'not-recognised',
  'special-file',
  'link-outside',
  'timed-out',
  'settings-reset',
  // Two writers on one document.
  'conflict',
  // Version history.
  'version-not-found',
  // Links inside a document (shared/model/integrity.ts) and fields the schema does not know.
  'duplicate-id',
  'dangling-reference',
  'unknown-field',
] as const;

/** One error or problem code. */
export type ErrorCode = (typeof errorCodes)[number];

/** Values for the message's {{placeholders}}. */
export type ErrorParams = Record<string, string | number>;

/** One problem at a path, e.g. "preparation.indicators.3.baseline.value". */
export interface Problem {
  code: ErrorCode;
  params: ErrorParams;
  path: string;
}

/** What crosses the contract when a call fails (its zod schema is ErrorInfoSchema in api.ts). */
export interface ErrorInfo {
  code: ErrorCode;
  params: ErrorParams;
  path?: string;
  problems?: Problem[];
}

/** Whether a string is a known error code. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value);
}

const isParams = (value: unknown): value is ErrorParams =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((v) => typeof v === 'string' || typeof v === 'number');

const isProblem = (value: unknown): value is Problem =>
  typeof value === 'object' &&
  value !== null &&
  isErrorCode((value as Problem).code) &&
  isParams((value as Problem).params) &&
  typeof (value as Problem).path === 'string';

/** Whether a value (e.g. from an HTTP body) is an ErrorInfo; without zod, so the start bundle stays small. */
export function isErrorInfo(value: unknown): value is ErrorInfo {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as ErrorInfo;
  return (
    isErrorCode(e.code) &&
    isParams(e.params) &&
    (e.path === undefined || typeof e.path === 'string') &&
    (e.problems === undefined || (Array.isArray(e.problems) && e.problems.every(isProblem)))
  );
}

/** What crosses a transport: a value, or an error as a code. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

/** An error the backend raises on purpose: its code crosses the contract, its message is the code. */
export class BackendError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
    readonly problems: Problem[] = [],
    readonly path?: string,
  ) {
    super(code);
    this.name = 'BackendError';
  }

  /** The error as it crosses the contract. */
  get info(): ErrorInfo {
    return {
      code: this.code,
      params: { ...this.params },
      ...(this.path === undefined ? {} : { path: this.path }),
      ...(this.problems.length ? { problems: this.problems } : {}),
    };
  }
}

type ZodIssue = z.core.$ZodIssue;

/** Turns one zod issue into a problem code with its parameters (no zod sentence crosses). */
export function problemOfIssue(issue: ZodIssue, root = ''): Problem {
  const path = issue.path.length ? issue.path.map(String).join('.') : root;
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'field-type', params: { expected: issue.expected }, path };
    case 'too_small':
      return { code: 'field-too-small', params: { minimum: Number(issue.minimum), origin: issue.origin }, path };
    case 'too_big':
      return { code: 'field-too-big', params: { maximum: Number(issue.maximum), origin: issue.origin }, path };
    case 'invalid_value':
      return { code: 'field-value', params: { options: issue.values.map((v) => JSON.stringify(v)).join(', ') }, path };
    case 'invalid_format':
      return { code: 'field-format', params: { format: issue.format }, path };
    case 'unrecognized_keys':
      return { code: 'field-unknown-keys', params: { keys: issue.keys.join(', ') }, path };
    default:
      return { code: 'field-invalid', params: {}, path };
  }
}

/** Zod issues as problems; `root` names the whole value. */
export function problemsOf(error: z.ZodError, root = ''): Problem[] {
  return error.issues.map((issue) => problemOfIssue(issue, root));
}

/** A translator: a catalogue key and its placeholder values to words. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** The words of one code, with parameters whose values name a type or origin translated too. */
export function describeCode(t: Translate, code: ErrorCode, params: ErrorParams, path?: string): string {
  const values: Record<string, string | number> = { ...params, path: path || t('errors.wholeFile') };
  for (const name of ['expected', 'origin'] as const) {
    const value = params[name];
    if (typeof value === 'string' && isTypeName(value)) values[name] = t(`errors.types.${value}`);
  }
  return t(`errors.${code}`, values);
}

/** An error as lines for the user: its message, then up to `max` problems as "path: message". */
export function describeError(t: Translate, error: ErrorInfo, max = 8): string[] {
  const problems = error.problems ?? [];
  const lines = [describeCode(t, error.code, error.params, error.path)];
  for (const p of problems.slice(0, max)) lines.push(`${p.path || t('errors.wholeFile')}: ${describeCode(t, p.code, p.params, p.path)}`);
  if (problems.length > max) lines.push(t('errors.moreProblems', { count: problems.length - max }));
  return lines;
}
