/**
 * Version history on real temp folders: every save keeps a version, pruned to the last 50 plus
 * the newest of each day; named versions stay; restore makes a new revision and loses nothing;
 * a damaged index is rebuilt; special files and links among the versions are never read.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, symlink, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../../../electron/backend/documents/workspace';
import { parseDocumentText } from '../../../../shared/model/load';
import { realBackend, tempDir } from '../../../helpers';

const HOUR = 60 * 60 * 1000;

/** A clock the test moves itself: no real time. */
function manualClock(start = '2026-03-01T01:00:00.000Z') {
  let t = Date.parse(start);
  return { now: () => new Date(t), set: (ms: number) => (t = ms), at: Date.parse(start) };
}

async function setup() {
  const clock = manualClock();
  const { handlers, workspaceDir } = await realBackend({ now: clock.now });
  const { document } = await handlers.workspaceCreate({ title: 'Plan' });
  const id = document.id;
  const folder = join(workspaceDir, '.impactwijzer', 'versies', id);
  /** Saves a change on the revision on disk. */
  const save = async (change: (d: typeof document) => void) => {
    const { document: d, revision } = await handlers.workspaceOpen({ id });
    change(d);
    return handlers.workspaceSave({ document: d, baseRevision: revision });
  };
  return { clock, handlers, workspaceDir, id, folder, save };
}

const files = async (folder: string) => (await readdir(folder)).filter((n) => n !== 'index.json');

describe('version history', () => {
  it('60 saves, four a day: the last 50 are kept plus the newest of each earlier day', async () => {
    const { clock, handlers, id, folder, save } = await setup();
    for (let i = 1; i <= 60; i++) {
      clock.set(clock.at + i * 6 * HOUR);
      await save((d) => (d.preparation.problem = `versie ${i}`));
    }
    const { versions } = await handlers.historyList({ id });
    // Revision 0 (the new document, kept at the first save) … 60; days hold revisions 4d … 4d+3.
    const expected = [...Array.from({ length: 50 }, (_, i) => 60 - i), 7, 3];
    expect(versions.map((v) => v.revision)).toEqual(expected);
    expect((await files(folder)).sort()).toEqual(expected.map((r) => `${r}.json`).sort());
    // Each kept version is the content of that save, and says what changed.
    const { document } = await handlers.historyOpen({ id, revision: 7 });
    expect(document.preparation.problem).toBe('versie 7');
    expect(versions[0]!.summary.parts).toEqual([{ part: 'preparation', added: 0, removed: 0, changed: 1 }]);
    expect(versions[0]!.savedAt).toBe(new Date(clock.at + 60 * 6 * HOUR).toISOString());
  });

  it('the start of implementation (with the freeze) is a named version, kept after many more saves; author from the settings', async () => {
    const { handlers, id, save } = await setup();
    await handlers.settingsSet({ authorName: 'A. Ambtenaar' });
    await save((d) => {
      d.context.phase = 'implementation';
      d.implementation.frozen = { at: '2026-03-01T01:00:00.000Z', by: 'A', effects: [], indicators: [], ambition: '' };
    });
    for (let i = 0; i < 55; i++) await save((d) => (d.implementation.measurements = []));
    const { versions } = await handlers.historyList({ id });
    const named = versions.filter((v) => v.name !== null);
    expect(named).toHaveLength(1);
    expect(named[0]).toMatchObject({ revision: 1, name: 'start-implementation', author: 'A. Ambtenaar' });
    expect(named[0]!.summary).toMatchObject({ phase: 'implementation', frozen: 'set' });
    // Revision 0 is gone (beyond the last 50, and its day's newest is a later one); the named one stays.
    expect(versions.map((v) => v.revision)).not.toContain(0);
    expect(versions).toHaveLength(51);
    // The document's own author, when it names one, comes first.
    await save((d) => (d.context.author = 'B. Beleid'));
    expect((await handlers.historyList({ id })).versions[0]!.author).toBe('B. Beleid');
  });

  it('restore writes the old content as a new revision; the content it replaced stays in the history', async () => {
    const { handlers, workspaceDir, id, save } = await setup();
    await save((d) => (d.context.title = 'Eerste'));
    const second = await save((d) => (d.context.title = 'Tweede'));
    const restored = await handlers.historyRestore({ id, revision: 1 });
    expect(restored.revision).toBe(second.revision + 1);
    const onDisk = parseDocumentText(await readFile(join(workspaceDir, `${id}.impactwijzer.json`), 'utf8')).document;
    expect(onDisk.context.title).toBe('Eerste');
    expect(onDisk.revision).toBe(restored.revision);
    const { versions } = await handlers.historyList({ id });
    expect(versions[0]).toMatchObject({ revision: restored.revision, restoredFrom: 1 });
    expect((await handlers.historyOpen({ id, revision: second.revision })).document.context.title).toBe('Tweede');
    // A revision that is not kept is a code, not a crash.
    await expect(handlers.historyRestore({ id, revision: 99 })).rejects.toMatchObject({ code: 'version-not-found' });
    await expect(handlers.historyOpen({ id, revision: 99 })).rejects.toMatchObject({ code: 'version-not-found' });
  });

  it('a damaged or missing index is rebuilt from the version files, names included', async () => {
    const { handlers, id, folder, save } = await setup();
    await save((d) => (d.preparation.problem = 'a'));
    await save((d) => (d.context.phase = 'implementation'));
    await save((d) => (d.preparation.problem = 'b'));
    const before = (await handlers.historyList({ id })).versions;
    await writeFile(join(folder, 'index.json'), '{ "versions": [ kapot');
    const rebuilt = (await handlers.historyList({ id })).versions;
    expect(rebuilt.map((v) => [v.revision, v.name])).toEqual(before.map((v) => [v.revision, v.name]));
    expect(rebuilt.find((v) => v.revision === 2)?.name).toBe('start-implementation');
    expect(JSON.parse(await readFile(join(folder, 'index.json'), 'utf8')).versions).toHaveLength(4);
    // An index that misses a version file is rebuilt too; one that lists a file that is gone drops it.
    await writeFile(join(folder, '2.json.bak'), 'x');
    await writeFile(join(folder, 'index.json'), JSON.stringify({ versions: before.slice(1) }));
    expect((await handlers.historyList({ id })).versions.map((v) => v.revision)).toEqual([3, 2, 1, 0]);
    await unlink(join(folder, '1.json'));
    expect((await handlers.historyList({ id })).versions.map((v) => v.revision)).toEqual([3, 2, 0]);
  });

  it('a version file that is a FIFO or a link is never read: skipped in the list, refused with a code', async () => {
    const { handlers, id, folder, save } = await setup();
    await save((d) => (d.preparation.problem = 'a'));
    const outside = await tempDir();
    await writeFile(join(outside, 'geheim.json'), await readFile(join(folder, '1.json')));
    execFileSync('mkfifo', [join(folder, '7.json')]);
    await symlink(join(outside, 'geheim.json'), join(folder, '8.json'));
    expect((await handlers.historyList({ id })).versions.map((v) => v.revision)).toEqual([1, 0]);
    await expect(handlers.historyOpen({ id, revision: 7 })).rejects.toMatchObject({ code: 'special-file' });
    await expect(handlers.historyOpen({ id, revision: 8 })).rejects.toMatchObject({ code: 'link-outside' });
    await expect(handlers.historyRestore({ id, revision: 7 })).rejects.toMatchObject({ code: 'special-file' });
  });

  it('a history that cannot be kept never fails the save; the start removes stale temp files among the versions', async () => {
    const { handlers, workspaceDir, folder, save } = await setup();
    await save((d) => (d.preparation.problem = 'a'));
    const stale = join(folder, '.2.json.iw-tmp-0123456789ab');
    await writeFile(stale, 'half');
    await createWorkspace({ dir: workspaceDir }).start();
    expect(await files(folder)).toEqual(['0.json', '1.json']);

    const other = (await handlers.workspaceCreate({ title: 'Ander' })).document.id;
    await mkdir(join(workspaceDir, '.impactwijzer', 'versies'), { recursive: true });
    await writeFile(join(workspaceDir, '.impactwijzer', 'versies', other), 'geen map');
    const { document, revision } = await handlers.workspaceOpen({ id: other });
    const saved = await handlers.workspaceSave({
      document: { ...document, context: { ...document.context, title: 'Nieuw' } },
      baseRevision: revision,
    });
    expect(saved.summary.title).toBe('Nieuw');
    expect((await handlers.historyList({ id: other })).versions).toEqual([]);
  });

  it('a document deleted and imported again under the same id never overwrites the versions of the first', async () => {
    const { handlers, id, folder, save } = await setup();
    await save((d) => (d.preparation.problem = 'eerste leven'));
    await save((d) => (d.preparation.problem = 'eerste leven, later'));
    const kept = await readFile(join(folder, '2.json'));
    const { content } = await handlers.workspaceExport({ id });
    await handlers.workspaceDelete({ id });
    const again = JSON.parse(content);
    again.revision = 0;
    again.preparation.problem = 'tweede leven';
    const imported = await handlers.workspaceImport({
      fileName: 'x.json',
      contentBase64: Buffer.from(JSON.stringify(again)).toString('base64'),
    });
    expect(imported.document.id).toBe(id);
    const saved = await save((d) => (d.preparation.problem = 'tweede leven, bewerkt'));
    expect(saved.revision).toBe(3);
    expect(await readFile(join(folder, '2.json'))).toEqual(kept);
    expect((await handlers.historyOpen({ id, revision: 3 })).document.preparation.problem).toBe('tweede leven, bewerkt');
  });
});
