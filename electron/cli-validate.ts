/**
 * `impactwijzer validate FILE`: the schema, then the links inside the document (duplicate ids,
 * references to ids that are not there: exit 1, one "path: message" line each), then fields the
 * schema does not know (a warning each: the app drops them when it opens the file; exit stays 0).
 */
import { resolve } from 'node:path';
import type { Translate } from '../shared/errors';
import { describeCode, type Problem } from '../shared/errors';
import { decodeBytes } from '../shared/model/load';
import { checkDocumentText, type DocumentCheck } from '../shared/model/unknown-fields';
import { readRegularFile } from './backend/documents/safe-fs';

/** What `validate` prints and its exit code (electron/cli.ts's Outcome). */
export interface ValidateOutcome {
  code: 0 | 1 | 2;
  stdout: string[];
  stderr: string[];
}

const line = (t: Translate, p: Problem) => `${p.path}: ${describeCode(t, p.code, p.params, p.path)}`;

/** Reads and checks the file; a LoadError is the caller's to word (as for every other command). */
export async function checkFile(file: string): Promise<DocumentCheck> {
  const bytes = await readRegularFile(resolve(file), undefined, true);
  return checkDocumentText(decodeBytes(bytes), { newId: () => crypto.randomUUID() });
}

/** The outcome of a check: invalid links first (exit 1), else the "valid" line; warnings on stderr either way. */
export function validateOutcome(file: string, check: DocumentCheck, t: Translate, validLine: string): ValidateOutcome {
  const warnings = check.warnings.map((w) => t('integrity.warning', { message: line(t, w) }));
  if (check.errors.length > 0) {
    const head = t('integrity.invalid', { file, count: check.errors.length });
    return { code: 1, stdout: [], stderr: [head, ...check.errors.map((p) => line(t, p)), ...warnings] };
  }
  return { code: 0, stdout: [validLine], stderr: warnings };
}
