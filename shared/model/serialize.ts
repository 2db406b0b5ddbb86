/**
 * A document as the bytes written on disk, measured against the one size limit before anything
 * is written: pretty-printed when that fits, else compact (so a compact file that was accepted at
 * import is never written larger than can be read again), else refused with `too-large`.
 */
import { BackendError } from '../errors';
import type { AssessmentDocument } from './document';
import { MAX_DOCUMENT_BYTES } from './limits';

/** The bytes of a document as written on disk; `too-large` when even the compact form exceeds the limit. */
export function documentBytes(document: AssessmentDocument, max = MAX_DOCUMENT_BYTES): Uint8Array {
  const encoder = new TextEncoder();
  const pretty = encoder.encode(`${JSON.stringify(document, null, 2)}\n`);
  if (pretty.length <= max) return pretty;
  const compact = encoder.encode(`${JSON.stringify(document)}\n`);
  if (compact.length <= max) return compact;
  throw new BackendError('too-large', { maxMb: max / 1024 / 1024 });
}
