/**
 * Chart geometry → PNG bytes, in plain TypeScript so that the renderer and the CLI make the same
 * image without a canvas: shapes are drawn at 3× and averaged down (anti-aliasing), then written as
 * an uncompressed PNG (the .docx zip compresses it). Charts of the report hold no text shapes (only
 * sparklines); a text shape would be left out here, and its words are in the image's alt text.
 */
import { toneColour } from '../../charts/palette';
import type { Chart, Shape } from '../../charts/shapes';

const SS = 3;

function rgb(colour: string): [number, number, number] {
  const n = parseInt(colour.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** A white RGB canvas at SS× resolution, with a pixel painter in chart units. */
class Raster {
  readonly data: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
    readonly scale: number,
  ) {
    this.data = new Uint8Array(width * height * 3).fill(255);
  }

  /** Paints every pixel in the box (chart units) whose centre passes `inside` (chart units). */
  fill(x0: number, y0: number, x1: number, y1: number, colour: string, inside: (x: number, y: number) => boolean): void {
    const [r, g, b] = rgb(colour);
    const s = this.scale;
    const px0 = Math.max(0, Math.floor(x0 * s));
    const py0 = Math.max(0, Math.floor(y0 * s));
    const px1 = Math.min(this.width - 1, Math.ceil(x1 * s));
    const py1 = Math.min(this.height - 1, Math.ceil(y1 * s));
    for (let py = py0; py <= py1; py++)
      for (let px = px0; px <= px1; px++) {
        if (!inside((px + 0.5) / s, (py + 0.5) / s)) continue;
        const i = (py * this.width + px) * 3;
        this.data[i] = r;
        this.data[i + 1] = g;
        this.data[i + 2] = b;
      }
  }
}

/** Distance² from p to the segment a–b, and the position along it (0…length). */
function toSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): [number, number] {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const u = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  const cx = ax + u * dx - px;
  const cy = ay + u * dy - py;
  return [cx * cx + cy * cy, u * Math.sqrt(len2)];
}

function segment(r: Raster, a: [number, number], b: [number, number], width: number, colour: string, dashed = false): void {
  const h = width / 2;
  const dash = width * 3.5;
  r.fill(Math.min(a[0], b[0]) - h, Math.min(a[1], b[1]) - h, Math.max(a[0], b[0]) + h, Math.max(a[1], b[1]) + h, colour, (x, y) => {
    const [d2, along] = toSegment(x, y, a[0], a[1], b[0], b[1]);
    return d2 <= h * h && (!dashed || along % (2 * dash) < dash);
  });
}

function paint(r: Raster, s: Shape, line: number): void {
  const colour = toneColour(s.tone);
  if (s.kind === 'rect') r.fill(s.x, s.y, s.x + s.width, s.y + s.height, colour, () => true);
  else if (s.kind === 'line') segment(r, [s.x1, s.y1], [s.x2, s.y2], line * 0.75, colour, s.dashed);
  else if (s.kind === 'polyline') for (let i = 1; i < s.points.length; i++) segment(r, s.points[i - 1]!, s.points[i]!, line, colour);
  else if (s.kind === 'circle')
    r.fill(s.cx - s.r, s.cy - s.r, s.cx + s.r, s.cy + s.r, colour, (x, y) => (x - s.cx) ** 2 + (y - s.cy) ** 2 <= s.r * s.r);
}

const CRC = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC[(c ^ b) & 255]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** zlib stream of stored (uncompressed) deflate blocks. */
function zlibStored(raw: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(raw.length / 65535));
  const out = new Uint8Array(2 + raw.length + blocks * 5 + 4);
  out[0] = 0x78;
  out[1] = 0x01;
  let o = 2;
  for (let i = 0; i < blocks; i++) {
    const part = raw.subarray(i * 65535, (i + 1) * 65535);
    out[o++] = i === blocks - 1 ? 1 : 0;
    out[o++] = part.length & 255;
    out[o++] = part.length >> 8;
    out[o++] = ~part.length & 255;
    out[o++] = (~part.length >> 8) & 255;
    out.set(part, o);
    o += part.length;
  }
  let a = 1;
  let b = 0;
  for (const x of raw) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  new DataView(out.buffer).setUint32(o, ((b << 16) | a) >>> 0);
  return out;
}

function chunk(type: string, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + body.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, body.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(body, 8);
  view.setUint32(8 + body.length, crc32(out.subarray(4, 8 + body.length)));
  return out;
}

/** Writes an RGB image as PNG. */
export function encodePng(width: number, height: number, rgbData: Uint8Array): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8);
  const raw = new Uint8Array((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) raw.set(rgbData.subarray(y * width * 3, (y + 1) * width * 3), y * (width * 3 + 1) + 1);
  const parts = [
    new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', zlibStored(raw)),
    chunk('IEND', new Uint8Array()),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** A chart as a PNG of `pixelsPerUnit` pixels per chart unit; lines are `lineWidth` chart units wide. */
export function chartPng(chart: Chart, pixelsPerUnit: number, lineWidth = 0.6): { data: Uint8Array; width: number; height: number } {
  const width = Math.max(1, Math.round(chart.width * pixelsPerUnit));
  const height = Math.max(1, Math.round(chart.height * pixelsPerUnit));
  const big = new Raster(width * SS, height * SS, pixelsPerUnit * SS);
  for (const s of chart.shapes) paint(big, s, lineWidth);
  const small = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      for (let c = 0; c < 3; c++) {
        let sum = 0;
        for (let dy = 0; dy < SS; dy++) for (let dx = 0; dx < SS; dx++) sum += big.data[((y * SS + dy) * big.width + x * SS + dx) * 3 + c]!;
        small[(y * width + x) * 3 + c] = Math.round(sum / (SS * SS));
      }
  return { data: encodePng(width, height, small), width, height };
}
