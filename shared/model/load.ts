/**
 * Reading a document from untrusted bytes (a file on disk, an import, the CLI): decode, guard
 * size and nesting, parse JSON, migrate, validate. Every failure becomes a LoadError with a
 * kind and "path: message" problems; nothing here throws anything else.
 */
import type { z } from 'zod';
import { AssessmentDocument } from './document';
import { migrate, VersionError } from './migrations';

/** Files larger than this are refused before they are read into memory. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
/** Deeper nesting than this is refused before JSON.parse (real documents are < 10 deep). */
export const MAX_NESTING = 64;

export type LoadErrorKind = 'empty' | 'too-large' | 'encoding' | 'not-json' | 'too-deep' | 'future-version' | 'unknown-version' | 'invalid';

/** One problem, at a JSON path like "preparation.indicators.3.baseline.value". */
export interface LoadProblem {
  path: string;
  message: string;
}

/** Why a document could not be loaded. */
export class LoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    message: string,
    readonly problems: LoadProblem[] = [],
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

/** Zod issues as "path: message" problems; `root` names the whole value. */
export function problemsOf(error: z.ZodError, root = '(document)'): LoadProblem[] {
  return error.issues.map((issue) => ({
    path: issue.path.length ? issue.path.map(String).join('.') : root,
    message: issue.message,
  }));
}

/** Decodes file bytes as UTF-8 (a BOM is dropped); UTF-16 and binary data are refused. */
export function decodeBytes(bytes: Uint8Array): string {
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new LoadError('too-large', `Het bestand is groter dan ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new LoadError('encoding', 'Het bestand is in UTF-16 opgeslagen; sla het op als UTF-8.');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new LoadError('encoding', 'Het bestand is geen tekst in UTF-8 (mogelijk een binair bestand).');
  }
  if (text.includes('\u0000')) throw new LoadError('encoding', 'Het bestand bevat binaire gegevens.');
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

/** Parses, migrates and validates document text. */
export function parseDocumentText(text: string): { document: AssessmentDocument; migratedFrom: number | null } {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (clean.trim() === '') throw new LoadError('empty', 'Het bestand is leeg.');
  if (clean.length > MAX_DOCUMENT_BYTES) throw new LoadError('too-large', 'Het bestand is groter dan 20 MB.');
  if (nestingDepth(clean, MAX_NESTING) > MAX_NESTING) {
    throw new LoadError('too-deep', `Het bestand is dieper genest dan ${MAX_NESTING} niveaus; het is geen Impactwijzer-beoordeling.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(clean);
  } catch (err) {
    throw new LoadError('not-json', `Het bestand is geen geldige JSON (${(err as Error).message}).`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new LoadError('invalid', 'Het bestand is geen Impactwijzer-beoordeling.', [
      { path: '(document)', message: 'verwacht een object' },
    ]);
  }
  let migrated: { raw: unknown; from: number };
  try {
    migrated = migrate(raw);
  } catch (err) {
    if (err instanceof VersionError) {
      const sentence =
        err.kind === 'future-version'
          ? 'Dit bestand is gemaakt met een nieuwere versie van Impactwijzer; werk Impactwijzer bij om het te openen.'
          : 'Dit bestand heeft geen geldig schemaVersion en is geen Impactwijzer-beoordeling.';
      throw new LoadError(err.kind, sentence, [{ path: 'schemaVersion', message: err.message.replace(/^schemaVersion: /, '') }]);
    }
    throw err;
  }
  const parsed = AssessmentDocument.safeParse(migrated.raw);
  if (!parsed.success) {
    const problems = problemsOf(parsed.error);
    throw new LoadError(
      'invalid',
      `Het bestand is geen geldige beoordeling (${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'}).`,
      problems,
    );
  }
  const { from } = migrated;
  return { document: parsed.data, migratedFrom: from === parsed.data.schemaVersion ? null : from };
}

/** Parses document bytes (see decodeBytes and parseDocumentText). */
export function parseDocumentBytes(bytes: Uint8Array): { document: AssessmentDocument; migratedFrom: number | null } {
  return parseDocumentText(decodeBytes(bytes));
}
