/**
 * One size limit (20 MB, measured on the bytes on disk) at import, save and read alike: what is
 * accepted is written so it opens again, and what would not open is refused with too-large
 * before anything is written.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../../../electron/backend/documents/workspace';
import { readDocumentFile } from '../../../../electron/backend/documents/read';
import { newDocument } from '../../../../shared/model/document';
import { MAX_DOCUMENT_BYTES } from '../../../../shared/model/limits';
import { saveOnTop, steppingClock, tempDir } from '../../../helpers';

const MB = 1024 * 1024;

/**
 * The compact JSON text of a document with measurements until it is `bytes` long; with `bare`
 * the measurements leave out the fields that have defaults, so the document grows when read.
 */
function compactText(id: string, bytes: number, bare = false): string {
  const doc = newDocument(id, 'Groot', '2026-01-01T00:00:00.000Z');
  const head = JSON.stringify({ ...doc, implementation: { ...doc.implementation, measurements: [] } });
  const [before, after] = head.split('"measurements":[]');
  const items: string[] = [];
  let length = before!.length + after!.length + '"measurements":[]'.length;
  for (let i = 0; length < bytes - 200; i++) {
    const m = { id: `m${i}`, indicatorId: 'i0', date: '2024-01-01', value: i };
    const item = JSON.stringify(bare ? m : { ...m, source: '', note: '', comparison: null });
    items.push(item);
    length += item.length + 1;
  }
  return `${before}"measurements":[${items.join(',')}]${after}`;
}

async function setup() {
  const dir = await tempDir();
  return { dir, workspace: createWorkspace({ dir, now: steppingClock() }) };
}

describe('one size limit for import, save and read', () => {
  it('a 19.5 MB compact file imports, is written within the limit, lists, opens and exports within it', async () => {
    const { dir, workspace } = await setup();
    const text = compactText('groot-bestand', 19.5 * MB);
    expect(Buffer.byteLength(JSON.stringify(JSON.parse(text), null, 2))).toBeGreaterThan(MAX_DOCUMENT_BYTES);
    const { document } = await workspace.importBytes(Buffer.from(text));
    const size = (await stat(join(dir, `${document.id}.impactwijzer.json`))).size;
    expect(size).toBeLessThanOrEqual(MAX_DOCUMENT_BYTES);
    const listed = await workspace.list();
    expect(listed.quarantined).toEqual([]);
    expect(listed.documents.map((d) => d.id)).toEqual([document.id]);
    const { document: opened } = await workspace.open(document.id);
    expect(opened.implementation.measurements).toHaveLength(document.implementation.measurements.length);
    // Its JSON export is as small as the file, so it imports again.
    expect(Buffer.byteLength((await workspace.exportJson(document.id)).content)).toBeLessThanOrEqual(MAX_DOCUMENT_BYTES);
  }, 60_000);

  it('a save of 21.8 MB is refused with too-large before anything is written; the document still opens', async () => {
    const { dir, workspace } = await setup();
    const small = await workspace.create('Klein');
    await saveOnTop(workspace, { ...small, context: { ...small.context, title: 'Klein 2' } });
    const before = await readdir(dir, { recursive: true });
    const file = await readFile(join(dir, `${small.id}.impactwijzer.json`));
    const backup = await readFile(join(dir, '.impactwijzer', 'reservekopie', `${small.id}.json`));
    const big = JSON.parse(compactText(small.id, 21.8 * MB));
    await expect(saveOnTop(workspace, big)).rejects.toMatchObject({ code: 'too-large', params: { maxMb: 20 } });
    expect(await readFile(join(dir, `${small.id}.impactwijzer.json`))).toEqual(file);
    expect(await readFile(join(dir, '.impactwijzer', 'reservekopie', `${small.id}.json`))).toEqual(backup);
    expect((await readdir(dir, { recursive: true })).sort()).toEqual(before.sort());
    expect((await workspace.open(small.id)).document.context.title).toBe('Klein 2');
  }, 60_000);

  it('an import larger than the limit once read (defaults filled in) is refused with too-large; nothing is written', async () => {
    const { dir, workspace } = await setup();
    const text = compactText('groeit-bij-lezen', 19.5 * MB, true);
    expect(text.length).toBeLessThanOrEqual(MAX_DOCUMENT_BYTES);
    await expect(workspace.importBytes(Buffer.from(text))).rejects.toMatchObject({ code: 'too-large' });
    expect((await readdir(dir)).filter((f) => f.endsWith('.json') || f.includes('.iw-tmp-'))).toEqual([]);
  }, 60_000);

  it('reading: a file of exactly the limit opens, one byte more is too-large', async () => {
    const dir = await tempDir();
    const doc = JSON.stringify(newDocument('precies-de-grens', 'Grens', '2026-01-01T00:00:00.000Z'));
    const path = join(dir, 'grens.json');
    await writeFile(path, doc.padEnd(MAX_DOCUMENT_BYTES, ' '));
    expect((await readDocumentFile(path)).document.id).toBe('precies-de-grens');
    await writeFile(path, doc.padEnd(MAX_DOCUMENT_BYTES + 1, ' '));
    await expect(readDocumentFile(path)).rejects.toMatchObject({ code: 'too-large', params: { maxMb: 20 } });
  });
});
