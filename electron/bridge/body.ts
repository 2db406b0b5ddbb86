/**
 * Reading a request body without blocking the bridge: its size and its nesting depth are checked
 * chunk by chunk as the bytes arrive, so a 10 MB body nested 100,000 deep is refused before
 * JSON.parse ever sees it, and other requests are answered meanwhile.
 */
import type { IncomingMessage } from 'node:http';

/** Deepest nesting of a request body: a document may nest 64 levels (shared/model/load.ts), the call adds a few. */
export const MAX_BODY_DEPTH = 100;

/** Why a body was refused: 413 too large, 400 nested too deep. */
export class BodyError extends Error {
  constructor(readonly status: 413 | 400) {
    super(status === 413 ? 'too large' : 'too deep');
    this.name = 'BodyError';
  }
}

/** Tracks JSON nesting over a byte stream (brackets inside strings do not count). */
export class DepthScanner {
  private depth = 0;
  private inString = false;
  private escaped = false;
  max = 0;

  /** Scans one chunk; false as soon as the depth passes `limit`. */
  scan(chunk: Uint8Array, limit: number): boolean {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 0x5c) this.escaped = true;
        else if (c === 0x22) this.inString = false;
      } else if (c === 0x22) this.inString = true;
      else if (c === 0x7b || c === 0x5b) {
        if (++this.depth > limit) return false;
        if (this.depth > this.max) this.max = this.depth;
      } else if (c === 0x7d || c === 0x5d) this.depth--;
    }
    return true;
  }
}

/** The body as text; rejects with a BodyError past `maxBytes` or `maxDepth`, and stops reading. */
export function readBody(req: IncomingMessage, maxBytes: number, maxDepth = MAX_BODY_DEPTH): Promise<string> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    const scanner = new DepthScanner();
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        // Past the size limit nothing more is read, whatever came before.
        if (!failed) fail(new BodyError(413));
        failed = true;
        req.destroy();
        return;
      }
      if (failed) return; // drained and dropped: the answer is already on its way
      if (!scanner.scan(chunk, maxDepth)) {
        failed = true;
        chunks.length = 0;
        fail(new BodyError(400));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!failed) done(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', (err) => {
      if (!failed) fail(err);
    });
  });
}
