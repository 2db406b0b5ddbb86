import { open, stat } from 'node:fs/promises';
import { LoadError, MAX_DOCUMENT_BYTES, parseDocumentBytes, type LoadOptions } from '../../../shared/model/load';
import type { AssessmentDocument } from '../../../shared/model/document';
import { errnoOf } from '../node-errors';

/** A failed stat or read as a LoadError code: missing, not allowed, or another I/O error. */
function readFailure(err: unknown): LoadError {
  const errno = errnoOf(err);
  if (errno === 'ENOENT' || errno === 'ENOTDIR') return new LoadError('file-not-found');
  if (errno === 'EACCES' || errno === 'EPERM') return new LoadError('permission-denied');
  if (errno === 'EISDIR') return new LoadError('not-a-file');
  return new LoadError('io-error', { errno: errno ?? 'unknown' });
}

/**
 * Reads and parses a document file from anywhere. The size is checked before reading, so a huge
 * file is never loaded into memory; folders, missing and unreadable files become LoadErrors.
 */
export async function readDocumentFile(
  path: string,
  options: LoadOptions = {},
): Promise<{ document: AssessmentDocument; migratedFrom: number | null }> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    throw readFailure(err);
  }
  if (!info.isFile()) throw new LoadError('not-a-file');
  if (info.size > MAX_DOCUMENT_BYTES) throw new LoadError('too-large', { maxMb: MAX_DOCUMENT_BYTES / 1024 / 1024 });
  let bytes: Buffer;
  try {
    const handle = await open(path, 'r');
    try {
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (err) {
    throw readFailure(err);
  }
  return parseDocumentBytes(bytes, options);
}
