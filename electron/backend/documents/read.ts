import { open, stat } from 'node:fs/promises';
import { LoadError, MAX_DOCUMENT_BYTES, parseDocumentBytes } from '../../../shared/model/load';
import type { AssessmentDocument } from '../../../shared/model/document';

/**
 * Reads and parses a document file from anywhere. The size is checked before reading, so a huge
 * file is never loaded into memory; folders, missing and unreadable files become LoadErrors.
 */
export async function readDocumentFile(path: string): Promise<{ document: AssessmentDocument; migratedFrom: number | null }> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new LoadError(
      'empty',
      code === 'ENOENT' ? 'Het bestand bestaat niet.' : `Het bestand kan niet worden gelezen (${code ?? 'onbekende fout'}).`,
    );
  }
  if (info.isDirectory()) throw new LoadError('empty', 'Dit is een map, geen bestand.');
  if (!info.isFile()) throw new LoadError('empty', 'Dit is geen gewoon bestand.');
  if (info.size > MAX_DOCUMENT_BYTES) throw new LoadError('too-large', `Het bestand is groter dan ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`);
  let bytes: Buffer;
  try {
    const handle = await open(path, 'r');
    try {
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (err) {
    throw new LoadError('empty', `Het bestand kan niet worden gelezen (${(err as NodeJS.ErrnoException).code ?? 'onbekende fout'}).`);
  }
  return parseDocumentBytes(bytes);
}
