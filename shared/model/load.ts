/**
 * Reading a document from untrusted bytes (a file on disk, an import, the CLI): decode, guard
 * size and nesting, parse JSON, migrate, validate. Every failure becomes a LoadError with a
 * code and problems at their paths (codes, never sentences); nothing here throws anything else.
 */
import { BackendError, problemsOf, type ErrorCode, type ErrorParams, type Problem } from '../errors';
import { AssessmentDocument } from './document';
import { isReservedName } from './file-name';
import { MAX_DOCUMENT_BYTES } from './limits';
import { migrate, VersionError } from './migrations';

export { MAX_DOCUMENT_BYTES };

/** Deeper nesting than this is refused before JSON.parse (real documents are < 10 deep). */
export const MAX_NESTING = 64;

/** The codes a load can fail with (see shared/errors.ts; the words are in the catalogue). */
export type LoadErrorCode = Extract<
  ErrorCode,
  | 'file-empty'
  | 'too-large'
  | 'file-utf16'
  | 'file-not-utf8'
  | 'file-binary'
  | 'file-not-json'
  | 'file-too-deep'
  | 'not-an-assessment'
  | 'file-future-version'
  | 'file-unknown-version'
  | 'invalid-file'
  | 'file-not-found'
  | 'not-a-file'
  | 'permission-denied'
  | 'io-error'
>;

/** Codes of a file that was read but is not a valid document (the CLI exits 1 on these, 2 on the rest). */
export const INVALID_CONTENT: readonly LoadErrorCode[] = [
  'not-an-assessment',
  'file-future-version',
  'file-unknown-version',
  'invalid-file',
];

/** Why a document could not be loaded: a code, its parameters and the problems at their paths. */
export class LoadError extends BackendError {
  constructor(
    override readonly code: LoadErrorCode,
    params: ErrorParams = {},
    problems: Problem[] = [],
  ) {
    super(code, params, problems);
    this.name = 'LoadError';
  }
}

const TOO_LARGE = { maxMb: MAX_DOCUMENT_BYTES / 1024 / 1024 };

/** Decodes file bytes as UTF-8 (a BOM is dropped); UTF-16 and binary data are refused. */
export function decodeBytes(bytes: Uint8Array): string {
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new LoadError('too-large', TOO_LARGE);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new LoadError('file-utf16');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new LoadError('file-not-utf8');
  }
  if (text.includes('\u0000')) throw new LoadError('file-binary');
  return text;
}

/** The deepest nesting of arrays and objects in JSON text, counted without parsing. */
export function nestingDepth(text: string, stopAt = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > stopAt) return max;
      }
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

/** How to read: `newId` gives a document whose id is a reserved device name ("con") a new id, as an id conflict would. */
export interface LoadOptions {
  newId?: () => string;
}

/** The raw document with a reserved id replaced, when the caller can give new ids. */
function withUsableId(raw: unknown, options: LoadOptions): unknown {
  const id = (raw as { id?: unknown }).id;
  return options.newId && typeof id === 'string' && isReservedName(id) ? { ...(raw as object), id: options.newId() } : raw;
}

/** Parses, migrates and validates document text. */
export function parseDocumentText(text: string, options: LoadOptions = {}): { document: AssessmentDocument; migratedFrom: number | null } {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (clean.trim() === '') throw new LoadError('file-empty');
  if (clean.length > MAX_DOCUMENT_BYTES) throw new LoadError('too-large', TOO_LARGE);
  if (nestingDepth(clean, MAX_NESTING) > MAX_NESTING) throw new LoadError('file-too-deep', { max: MAX_NESTING });
  let raw: unknown;
  try {
    raw = JSON.parse(clean);
  } catch {
    throw new LoadError('file-not-json');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new LoadError('not-an-assessment');
  let migrated: { raw: unknown; from: number };
  try {
    migrated = migrate(raw);
  } catch (err) {
    if (err instanceof VersionError) {
      const version = (raw as { schemaVersion?: unknown }).schemaVersion;
      if (err.kind === 'future-version') {
        const params = { version: Number(version) };
        throw new LoadError('file-future-version', params, [{ code: 'field-version-future', params, path: 'schemaVersion' }]);
      }
      throw new LoadError('file-unknown-version', {}, [{ code: 'field-version-unknown', params: {}, path: 'schemaVersion' }]);
    }
    throw err;
  }
  const parsed = AssessmentDocument.safeParse(withUsableId(migrated.raw, options));
  if (!parsed.success) {
    const problems = problemsOf(parsed.error);
    throw new LoadError('invalid-file', { count: problems.length }, problems);
  }
  const { from } = migrated;
  return { document: parsed.data, migratedFrom: from === parsed.data.schemaVersion ? null : from };
}

/** Parses document bytes (see decodeBytes and parseDocumentText). */
export function parseDocumentBytes(
  bytes: Uint8Array,
  options: LoadOptions = {},
): { document: AssessmentDocument; migratedFrom: number | null } {
  return parseDocumentText(decodeBytes(bytes), options);
}
