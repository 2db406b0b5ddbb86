/**
 * "Eerdere versies" in the renderer's stores, over the real backend in a temp workspace: the list
 * after a flush, a version viewed read-only (an edit there never reaches disk), and restore reloading the document.
 */
import { describe, expect, it } from 'vitest';
import { VersionsStore } from '../../../renderer/history/versions-store';
import { AssessmentStore } from '../../../renderer/stores/assessment-store';
import { storeBackend } from '../stores/backend';
import { ManualClock } from '../stores/manual-clock';

async function setup() {
  const { backend, saves, settleFirst } = await storeBackend();
  const assessment = new AssessmentStore(backend, new ManualClock());
  settleFirst(() => assessment.flush());
  const versions = new VersionsStore(backend, assessment);
  const { document } = await backend.workspaceCreate({ title: 'Proef' });
  await assessment.open(document.id);
  const type = async (text: string) => {
    assessment.edit('problem', (d) => void (d.preparation.problem = text));
    await assessment.flush();
  };
  return { backend, saves, assessment, versions, id: document.id, type };
}

describe('VersionsStore', () => {
  it('lists the versions after saving what was unsaved, newest first', async () => {
    const { assessment, versions, id, type } = await setup();
    await type('een');
    assessment.edit('problem', (d) => void (d.preparation.problem = 'twee'));
    expect(assessment.unsaved).toBe(true);
    await versions.load(id);
    expect(assessment.unsaved).toBe(false);
    expect(versions.versions!.map((v) => v.revision)).toEqual([2, 1, 0]);
  });

  it('a viewed version is read-only: its store never saves, the document on disk is untouched', async () => {
    const { backend, saves, versions, id, type } = await setup();
    await type('een');
    await type('twee');
    await versions.load(id);
    await versions.view(
      id,
      versions.versions!.find((v) => v.revision === 1)!,
    );
    const viewer = versions.viewing!.store;
    expect(viewer.document!.preparation.problem).toBe('een');
    const before = saves.length;
    viewer.edit('problem', (d) => void (d.preparation.problem = 'nooit'));
    await viewer.flush();
    expect(viewer.saveError?.code).toBe('read-only');
    expect(saves.length).toBe(before);
    expect((await backend.workspaceOpen({ id })).document.preparation.problem).toBe('twee');
    versions.stopViewing();
    expect(versions.viewing).toBeNull();
  });

  it('restore makes the version the new content of the open document and leaves the view', async () => {
    const { backend, assessment, versions, id, type } = await setup();
    await type('een');
    await type('twee');
    await versions.load(id);
    await versions.view(
      id,
      versions.versions!.find((v) => v.revision === 1)!,
    );
    await versions.restore(id, 1);
    expect(versions.viewing).toBeNull();
    expect(assessment.document!.preparation.problem).toBe('een');
    // The next edit saves on the restored revision (no conflict).
    await type('drie');
    const { document, revision } = await backend.workspaceOpen({ id });
    expect([document.preparation.problem, revision]).toEqual(['drie', 4]);
    await expect(versions.restore(id, 42)).rejects.toMatchObject({ code: 'version-not-found' });
    expect(versions.error).not.toBeNull();
  });
});
