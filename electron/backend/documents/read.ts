import { parseDocumentBytes, type LoadOptions } from '../../../shared/model/load';
import type { AssessmentDocument } from '../../../shared/model/document';
import { readRegularFile } from './safe-fs';

/**
 * Reads and parses a document file from anywhere (an import the user chose, so links are
 * followed). The file is opened non-blocking and checked on the open handle: a folder, a FIFO or
 * a device is refused without blocking, and a huge file is never loaded into memory.
 */
export async function readDocumentFile(
  path: string,
  options: LoadOptions = {},
): Promise<{ document: AssessmentDocument; migratedFrom: number | null }> {
  const bytes = await readRegularFile(path, undefined, true);
  return parseDocumentBytes(bytes, options);
}
