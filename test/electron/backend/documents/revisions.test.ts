/**
 * Two writers on one document: every save is based on the revision it read, and a save based on
 * an older revision (another session's save, or an edit of the file by another program) never overwrites.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createWorkspace } from '../../../../electron/backend/documents/workspace';
import { describe, expect, it } from 'vitest';
import { statusOf } from '../../../../electron/bridge/server';
import { realBackend, steppingClock } from '../../../helpers';

async function twoSessions() {
  const { handlers, workspaceDir } = await realBackend({ now: steppingClock() });
  const { document } = await handlers.workspaceCreate({ title: 'Gedeeld' });
  const file = join(workspaceDir, `${document.id}.impactwijzer.json`);
  return { handlers, id: document.id, file };
}

describe('revisions', () => {
  it('a save on an older revision is a conflict and leaves the other save on disk; reopened, it saves', async () => {
    const { handlers, id, file } = await twoSessions();
    const a = await handlers.workspaceOpen({ id });
    const b = await handlers.workspaceOpen({ id });
    expect(b.revision).toBe(a.revision);
    const savedA = await handlers.workspaceSave({
      document: { ...a.document, context: { ...a.document.context, title: 'A' } },
      baseRevision: a.revision,
    });
    expect(savedA.revision).toBe(a.revision + 1);
    const bytesOfA = await readFile(file);

    const mine = { ...b.document, context: { ...b.document.context, title: 'B' } };
    await expect(handlers.workspaceSave({ document: mine, baseRevision: b.revision })).rejects.toMatchObject({
      code: 'conflict',
      params: { revision: savedA.revision, baseRevision: b.revision },
    });
    expect(await readFile(file)).toEqual(bytesOfA);

    const again = await handlers.workspaceOpen({ id });
    expect(again.revision).toBe(savedA.revision);
    expect(again.document.context.title).toBe('A');
    const savedB = await handlers.workspaceSave({ document: mine, baseRevision: again.revision });
    expect(savedB.revision).toBe(savedA.revision + 1);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ revision: savedB.revision, context: { title: 'B' } });
  });

  it('an edit of the file by another program changes the revision: a save on the old base is a conflict', async () => {
    const { handlers, id, file } = await twoSessions();
    const opened = await handlers.workspaceOpen({ id });
    // Another program edits the file and leaves the revision field as it was.
    const external = JSON.parse(await readFile(file, 'utf8'));
    external.context.title = 'Van buiten';
    await writeFile(file, JSON.stringify(external, null, 2));

    const mine = { ...opened.document, context: { ...opened.document.context, title: 'Van mij' } };
    await expect(handlers.workspaceSave({ document: mine, baseRevision: opened.revision })).rejects.toMatchObject({ code: 'conflict' });
    expect(JSON.parse(await readFile(file, 'utf8')).context.title).toBe('Van buiten');

    const again = await handlers.workspaceOpen({ id });
    expect(again.revision).toBeGreaterThan(opened.revision);
    expect((await handlers.workspaceOpen({ id })).revision).toBe(again.revision);
    await handlers.workspaceSave({ document: mine, baseRevision: again.revision });
    expect(JSON.parse(await readFile(file, 'utf8')).context.title).toBe('Van mij');
  });

  it('saves of one document at the same moment on one base: one lands, the other is a conflict', async () => {
    const { handlers, id } = await twoSessions();
    const { document, revision } = await handlers.workspaceOpen({ id });
    const results = await Promise.allSettled([1, 2].map(() => handlers.workspaceSave({ document, baseRevision: revision })));
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
  });

  it('an old file without a revision opens as revision 0 and saves on it; the bridge answers a conflict with 409', async () => {
    const { id, file } = await twoSessions();
    const old = JSON.parse(await readFile(file, 'utf8'));
    delete old.revision;
    await writeFile(file, JSON.stringify(old));
    // A new run of the app: nothing known about the file yet.
    const workspace = createWorkspace({ dir: dirname(file) });
    const opened = await workspace.open(id);
    expect(opened.revision).toBe(0);
    expect((await workspace.save(opened.document, 0)).revision).toBe(1);
    expect(statusOf('conflict')).toBe(409);
  });
});
