import { mkdir, readdir, readFile, rename, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { samePath, type OpenedFile } from '../../../../electron/backend/documents/external';
import { createWorkspace } from '../../../../electron/backend/documents/workspace';
import type { BackendError } from '../../../../shared/errors';
import { tempDir } from '../../../helpers';

const SAMPLE = 'assets/examples/medtech-heerlen.json';

/** A workspace with a list of opened files in memory, and a folder elsewhere holding the sample as the user's own file. */
async function setup() {
  const root = await tempDir();
  const dir = join(root, 'werkmap');
  const elsewhere = join(root, 'Bureaublad');
  await mkdir(elsewhere);
  const file = join(elsewhere, 'heerlen.impactwijzer');
  await writeFile(file, await readFile(SAMPLE));
  let files: OpenedFile[] = [];
  const opened = { list: () => files, set: (next: OpenedFile[]) => void (files = next) };
  let clock = Date.parse('2026-03-01T09:00:00.000Z');
  const workspace = createWorkspace({ dir, now: () => new Date((clock += 1000)), opened });
  return { dir, elsewhere, file, workspace, files: () => files };
}

const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (err: BackendError) => err.code,
  );

describe('a file opened from the system', () => {
  it('is edited where it is: a save changes that file (verified, no temp left) and nothing lands in the workspace', async () => {
    const { dir, elsewhere, file, workspace } = await setup();
    const { id, location } = await workspace.openFile(file);
    expect(location).toBe(file);
    const { document, revision } = await workspace.open(id);
    await workspace.save({ ...document, context: { ...document.context, title: 'Heerlen, bijgewerkt' } }, revision);

    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    expect(onDisk.context.title).toBe('Heerlen, bijgewerkt');
    expect(onDisk.revision).toBe(revision + 1);
    expect(await readdir(elsewhere)).toEqual(['heerlen.impactwijzer']);
    expect((await readdir(dir)).filter((n) => n.endsWith('.json'))).toEqual([]);
    // Its versions are kept in the workspace under its id: the version replaced and the one written.
    expect((await workspace.versions(id)).map((v) => v.revision)).toEqual([revision + 1, revision]);
    expect(await workspace.locationOf(id)).toBe(file);
  });

  it('opened twice (also through another path to it) is one document, listed once with its location', async () => {
    const { elsewhere, file, workspace, files } = await setup();
    const link = join(elsewhere, 'snelkoppeling.json');
    await symlink(file, link);
    const first = await workspace.openFile(file);
    const again = await workspace.openFile(join(elsewhere, '..', 'Bureaublad', 'heerlen.impactwijzer'));
    const viaLink = await workspace.openFile(link);
    expect(again.id).toBe(first.id);
    expect(viaLink.id).toBe(first.id);
    expect(files()).toHaveLength(1);
    const { documents } = await workspace.list();
    expect(documents.map((d) => [d.title, d.location])).toEqual([['Voorbeeld: Medtech-logistiek Heerlen', file]]);
  });

  it('keeps the revision check: a save on a revision that changed on disk is a conflict and writes nothing', async () => {
    const { file, workspace } = await setup();
    const { id } = await workspace.openFile(file);
    const { document, revision } = await workspace.open(id);
    const theirs = JSON.parse(await readFile(file, 'utf8'));
    theirs.context.title = 'Door een collega gewijzigd';
    await writeFile(file, JSON.stringify(theirs));
    expect(await failure(workspace.save({ ...document, context: { ...document.context, title: 'Van mij' } }, revision))).toBe('conflict');
    expect(JSON.parse(await readFile(file, 'utf8')).context.title).toBe('Door een collega gewijzigd');
  });

  it('refuses a file that is no valid document with its reason, and does not remember it', async () => {
    const { elsewhere, workspace, files } = await setup();
    const notes = join(elsewhere, 'notities.json');
    await writeFile(notes, '["melk", "brood"]');
    expect(await failure(workspace.openFile(notes))).toBe('not-an-assessment');
    await writeFile(notes, '{"boodschappen": ["melk"]}');
    expect(await failure(workspace.openFile(notes))).toBe('file-unknown-version');
    await writeFile(notes, 'geen json');
    expect(await failure(workspace.openFile(notes))).toBe('file-not-json');
    expect(await failure(workspace.openFile(join(elsewhere, 'bestaat-niet.json')))).toBe('file-not-found');
    expect(files()).toEqual([]);
  });

  it('gets an id of its own when its id is a workspace document already, and opens a workspace file as that document', async () => {
    const { dir, file, workspace, files } = await setup();
    const { document: inWorkspace } = await workspace.importFile(file);
    const { id } = await workspace.openFile(file);
    expect(id).not.toBe(inWorkspace.id);
    expect(await workspace.openFile(join(dir, `${inWorkspace.id}.impactwijzer.json`))).toEqual({ id: inWorkspace.id, location: null });
    expect(files().map((f) => f.id)).toEqual([id]);
  });

  it('leaves the list on delete without touching the file; a copy in the workspace is an explicit choice', async () => {
    const { dir, file, workspace } = await setup();
    const before = await readFile(file);
    const { id } = await workspace.openFile(file);
    const copy = await workspace.duplicate(id);
    expect(await readdir(dir)).toContain(`${copy.id}.impactwijzer.json`);
    expect(await workspace.locationOf(copy.id)).toBeNull();
    await workspace.remove(id);
    expect(await readFile(file)).toEqual(before);
    expect((await workspace.list()).documents.map((d) => d.id)).toEqual([copy.id]);
  });
});

describe('a file opened earlier that is gone', () => {
  it('is told once in the list (with its path) and leaves the list; elsewhere it opens anew', async () => {
    const { elsewhere, file, workspace, files } = await setup();
    await workspace.openFile(file);
    const moved = join(elsewhere, 'verplaatst.impactwijzer');
    await rename(file, moved);
    const first = await workspace.list();
    expect(first.documents).toEqual([]);
    expect(first.skipped).toEqual([{ fileName: file, reason: { code: 'file-not-found', params: {} } }]);
    expect(files()).toEqual([]);
    expect((await workspace.list()).skipped).toEqual([]);
    expect((await workspace.openFile(moved)).location).toBe(moved);
  });
});

describe('samePath', () => {
  it('ignores case on Windows and macOS only', () => {
    expect(samePath('C:\\Werk\\A.json', 'c:\\werk\\a.json', 'win32')).toBe(true);
    expect(samePath('/Users/a/A.json', '/Users/a/a.json', 'darwin')).toBe(true);
    expect(samePath('/home/a/A.json', '/home/a/a.json', 'linux')).toBe(false);
  });
});
