import { describe, expect, it } from 'vitest';
import { newDocument } from '../../../shared/model/document';
import { MAX_DOCUMENT_BYTES } from '../../../shared/model/limits';
import { documentBytes } from '../../../shared/model/serialize';

const doc = newDocument('grens', 'Grens', '2026-01-01T00:00:00.000Z');
const pretty = Buffer.from(`${JSON.stringify(doc, null, 2)}\n`);
const compact = Buffer.from(`${JSON.stringify(doc)}\n`);

describe('a document as the bytes written on disk', () => {
  it('is pretty-printed when that fits, compact when only that fits, refused when neither fits', () => {
    expect(Buffer.from(documentBytes(doc, pretty.length))).toEqual(pretty);
    expect(Buffer.from(documentBytes(doc, pretty.length - 1))).toEqual(compact);
    expect(Buffer.from(documentBytes(doc, compact.length))).toEqual(compact);
    expect(() => documentBytes(doc, compact.length - 1)).toThrow(expect.objectContaining({ code: 'too-large' }));
  });

  it('measures against the one limit by default', () => {
    expect(Buffer.from(documentBytes(doc))).toEqual(pretty);
    expect(MAX_DOCUMENT_BYTES).toBe(20 * 1024 * 1024);
  });
});
