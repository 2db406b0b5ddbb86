/**
 * Fields a document holds that the schema does not know. Parsing drops them (zod strips unknown
 * keys), so the app never saves them again: `impactwijzer validate` names each one with its JSON
 * path as a warning, so nobody loses data without being told.
 */
import type { Problem } from '../errors';
import type { AssessmentDocument } from './document';
import { parseDocumentText } from './load';
import { integrityProblems } from './integrity';
import { migrate } from './migrations';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const keyPath = (base: string, key: string) =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? (base ? `${base}.${key}` : key) : `${base}[${JSON.stringify(key)}]`;

/** Every key of `raw` that the parsed value lacks, as an `unknown-field` problem at its path (arrays compared by index). */
export function unknownFields(raw: unknown, parsed: unknown, base = ''): Problem[] {
  if (Array.isArray(raw) && Array.isArray(parsed)) {
    return raw.flatMap((item, i) => (i < parsed.length ? unknownFields(item, parsed[i], `${base}[${i}]`) : []));
  }
  if (!isPlainObject(raw) || !isPlainObject(parsed)) return [];
  return Object.keys(raw).flatMap((key) =>
    Object.hasOwn(parsed, key)
      ? unknownFields(raw[key], parsed[key], keyPath(base, key))
      : [{ code: 'unknown-field' as const, params: { key }, path: keyPath(base, key) }],
  );
}

/** The outcome of a full check of document text: the document, its integrity errors and its unknown fields (warnings). */
export interface DocumentCheck {
  document: AssessmentDocument;
  migratedFrom: number | null;
  errors: Problem[];
  warnings: Problem[];
}

/** Parses document text (throws LoadError like parseDocumentText) and checks links and unknown fields. */
export function checkDocumentText(text: string, options: { newId?: () => string } = {}): DocumentCheck {
  const { document, migratedFrom } = parseDocumentText(text, options);
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // The text parsed above, so it parses and migrates again here.
  const { raw } = migrate(JSON.parse(clean) as object);
  return { document, migratedFrom, errors: integrityProblems(document), warnings: unknownFields(raw, document) };
}
