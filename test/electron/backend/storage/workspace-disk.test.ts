/**
 * Saving documents on a disk that fails: the document and its backup are never truncated, the
 * previous version stays byte-identical, and the code says what happened. Through an injected
 * file system always; on a small tmpfs as root on Linux.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../../../electron/backend/documents/workspace';
import type { BackendError } from '../../../../shared/errors';
import type { AssessmentDocument } from '../../../../shared/model/document';
import { parseDocumentBytes } from '../../../../shared/model/load';
import { saveOnTop, steppingClock, tempDir } from '../../../helpers';
import { faultyFs, fillLeaving, mountTmpfs, type Faults } from './disk';
import { sizedDocument } from './docs';

const ID = 'groen-in-de-wijk';

/** The files after two saves: the document, its backup and its two kept versions with their index (documents/history.ts). */
const AFTER_TWO_SAVES = [
  '.impactwijzer/reservekopie/groen-in-de-wijk.json',
  '.impactwijzer/versies/groen-in-de-wijk/1.json',
  '.impactwijzer/versies/groen-in-de-wijk/2.json',
  '.impactwijzer/versies/groen-in-de-wijk/index.json',
  'groen-in-de-wijk.impactwijzer.json',
];

/** Every file under the workspace (a temp file of a failed write would show here). */
async function allFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

/** A workspace whose writes go through an injected file system with these faults. */
async function setup(faults: Faults = {}, dir?: string) {
  const root = dir ?? (await tempDir());
  const workspace = createWorkspace({ dir: root, now: steppingClock(), fs: faultyFs(faults) });
  const paths = { doc: join(root, `${ID}.impactwijzer.json`), backup: join(root, '.impactwijzer', 'reservekopie', `${ID}.json`) };
  return { dir: root, workspace, paths, faults };
}

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'saved',
    (e: BackendError) => e.code,
  );
const titleOf = async (path: string) => parseDocumentBytes(await readFile(path)).document.context.title;
const edit = (doc: AssessmentDocument, title: string): AssessmentDocument => ({ ...doc, context: { ...doc.context, title } });

describe('saving documents on a failing disk (injected file system)', () => {
  it('near-full: a 57 KB save with 40 KB free is refused with disk-full; document and backup stay whole', async () => {
    const { dir, workspace, paths, faults } = await setup();
    const small = sizedDocument(ID, 'Versie 1', 2 * 1024);
    await saveOnTop(workspace, small);
    await saveOnTop(workspace, edit(small, 'Versie 2'));
    const before = { doc: await readFile(paths.doc), backup: await readFile(paths.backup) };
    faults.free = 40 * 1024;
    expect(await codeOf(saveOnTop(workspace, sizedDocument(ID, 'Versie 3', 57 * 1024)))).toBe('disk-full');
    expect(await readFile(paths.doc)).toEqual(before.doc);
    // The backup was refreshed from the current good file (version 2) or left as it was: never truncated.
    expect(['Versie 1', 'Versie 2']).toContain(await titleOf(paths.backup));
    expect(await allFiles(dir)).toEqual(AFTER_TWO_SAVES);
    faults.free = 0;
    expect(await codeOf(saveOnTop(workspace, edit(small, 'Versie 4')))).toBe('disk-full');
    expect(await readFile(paths.doc)).toEqual(before.doc);
    delete faults.free;
    await saveOnTop(workspace, sizedDocument(ID, 'Versie 3', 57 * 1024));
    expect(await titleOf(paths.doc)).toBe('Versie 3');
    expect(await titleOf(paths.backup)).toBe('Versie 2');
  });

  it('a backup that does not fit leaves the older backup byte-identical (never truncated)', async () => {
    const { workspace, paths, faults } = await setup();
    const big = sizedDocument(ID, 'Versie 1', 30 * 1024);
    await saveOnTop(workspace, big);
    await saveOnTop(workspace, edit(big, 'Versie 2'));
    const backup = await readFile(paths.backup);
    faults.free = 10 * 1024;
    expect(await codeOf(saveOnTop(workspace, edit(big, 'Versie 3')))).toBe('disk-full');
    expect(await readFile(paths.backup)).toEqual(backup);
    expect(await titleOf(paths.doc)).toBe('Versie 2');
  });

  it.each([
    ['EROFS', 'read-only'],
    ['EACCES', 'permission-denied'],
  ])('%s: the save answers %s and the document is byte-identical', async (openError, code) => {
    const { dir, workspace, paths, faults } = await setup();
    const doc = sizedDocument(ID, 'Versie 1', 2 * 1024);
    await saveOnTop(workspace, doc);
    const before = await readFile(paths.doc);
    faults.openError = openError;
    expect(await codeOf(saveOnTop(workspace, edit(doc, 'Versie 2')))).toBe(code);
    expect(await readFile(paths.doc)).toEqual(before);
    expect((await allFiles(dir)).filter((f) => f.includes('.iw-tmp-'))).toEqual([]);
  });

  it('the backup holds the exact bytes of the previous good file; a damaged file keeps the older backup', async () => {
    const { workspace, paths } = await setup();
    const doc = sizedDocument(ID, 'Versie 1', 2 * 1024);
    await saveOnTop(workspace, doc);
    const v1 = await readFile(paths.doc);
    await saveOnTop(workspace, edit(doc, 'Versie 2'));
    expect(await readFile(paths.backup)).toEqual(v1);
    await writeFile(paths.doc, '{"schemaVersion": 2, "id": "groen-in-de-w');
    await saveOnTop(workspace, edit(doc, 'Versie 3'));
    expect(await readFile(paths.backup)).toEqual(v1);
    expect(await titleOf(paths.doc)).toBe('Versie 3');
  });
});

describe('saving documents on a small tmpfs', () => {
  it('near-full (40 KB free): disk-full, document and backup whole; after freeing space the save lands', async (ctx) => {
    const root = await tempDir();
    const reason = mountTmpfs(root);
    if (reason) {
      console.log(`Skipped the tmpfs case: ${reason}`);
      ctx.skip();
      return;
    }
    const { dir, workspace, paths } = await setup({}, join(root, 'werkmap'));
    const doc = sizedDocument(ID, 'Versie 1', 2 * 1024);
    await saveOnTop(workspace, doc);
    await saveOnTop(workspace, edit(doc, 'Versie 2'));
    const before = await readFile(paths.doc);
    const filler = await fillLeaving(root, 40 * 1024);
    expect(await codeOf(saveOnTop(workspace, sizedDocument(ID, 'Versie 3', 57 * 1024)))).toBe('disk-full');
    expect(await readFile(paths.doc)).toEqual(before);
    expect(['Versie 1', 'Versie 2']).toContain(await titleOf(paths.backup));
    await fillLeaving(root, 0);
    expect(await codeOf(saveOnTop(workspace, edit(doc, 'Versie 4')))).toBe('disk-full');
    expect(await readFile(paths.doc)).toEqual(before);
    expect(await allFiles(dir)).toEqual(AFTER_TWO_SAVES);
    await writeFile(filler, '');
    await saveOnTop(workspace, sizedDocument(ID, 'Versie 3', 57 * 1024));
    expect(await titleOf(paths.doc)).toBe('Versie 3');
    expect(await titleOf(paths.backup)).toBe('Versie 2');
  });
});
