import { describe, expect, it } from 'vitest';
import { toBase64 } from '../../shared/base64';

/** Seeded bytes (a linear congruential generator), so a failure can be replayed. */
function bytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    out[i] = state >>> 24;
  }
  return out;
}

describe('base64', () => {
  it.each([0, 1, 2, 3, 0x8000 - 1, 0x8000, 0x8000 + 1, 200_000])('encodes %i bytes as Node does', (length) => {
    const data = bytes(length, length + 7);
    expect(toBase64(data)).toBe(Buffer.from(data).toString('base64'));
  });

  it('encodes every byte value, and only the bytes of a view', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(Buffer.from(toBase64(all), 'base64')).toEqual(Buffer.from(all));
    expect(toBase64(all.subarray(250, 253))).toBe(Buffer.from([250, 251, 252]).toString('base64'));
  });
});
