/** Reading .docx files back as Word would: a small unzip over node:zlib, the paragraphs and their styles, LibreOffice when present. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

/** The files of a zip archive (stored or deflated), by name. */
export function unzip(bytes: Uint8Array): Map<string, Buffer> {
  const buf = Buffer.from(bytes);
  let end = buf.length - 22;
  while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file');
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory');
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const skip = nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + skip;
  }
  return files;
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export interface WordParagraph {
  style: string | null;
  text: string;
}

/** The body's paragraphs in order (table cells included), with their paragraph style; line breaks as "\n". */
export function paragraphs(xml: string): WordParagraph[] {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const body = m[1] ?? m[2] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1] ?? null;
    const text = [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
      .map((t) => (t[1] === undefined ? '\n' : decode(t[1])))
      .join('');
    return { style, text };
  });
}

/** Whether LibreOffice can convert here; the reason when it cannot. */
export function soffice(): { ok: true } | { ok: false; reason: string } {
  const found = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' });
  return found.status === 0
    ? { ok: true }
    : { ok: false, reason: 'soffice (LibreOffice) is not installed: apt-get install libreoffice-writer-nogui' };
}

/** Converts .docx bytes to PDF with LibreOffice, in a temporary folder that is removed afterwards; returns the PDF bytes. */
export function docxToPdf(bytes: Uint8Array, name: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'iw-docx-'));
  try {
    const input = join(dir, `${name}.docx`);
    writeFileSync(input, bytes);
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, input], {
      stdio: 'ignore',
      timeout: 120_000,
    });
    const pdf = readdirSync(dir).find((f) => f.endsWith('.pdf'));
    if (!pdf) throw new Error('LibreOffice wrote no PDF');
    return readFileSync(join(dir, pdf));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
