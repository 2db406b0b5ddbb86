/**
 * The workspace list: refreshed after every change (over the real backend), shared at start-up,
 * and never overwritten by an older answer that arrives late.
 */
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../shared/api';
import { WorkspaceStore } from '../../../renderer/stores/workspace-store';
import { storeBackend } from './backend';

type ListAnswer = Awaited<ReturnType<Backend['workspaceList']>>;

/** A backend whose list answers the test releases by hand, in any order (the real one answers in order). */
function slowListBackend() {
  const pending: ((answer: ListAnswer) => void)[] = [];
  const backend = {
    workspaceList: () => new Promise<ListAnswer>((resolve) => pending.push(resolve)),
    workspaceTrash: async () => ({ documents: [] }),
  } as unknown as Backend;
  const answer = (i: number, titles: string[]) =>
    pending[i]!({ documents: titles.map((title) => ({ id: title, title }) as never), quarantined: [], skipped: [], readOnly: false });
  return { backend, pending, answer };
}

describe('the workspace list', () => {
  it('shows what the real backend holds after create, duplicate, delete and restore', async () => {
    const { backend } = await storeBackend();
    const store = new WorkspaceStore(backend);
    await store.refresh();
    expect(store.loaded).toBe(true);
    expect(store.documents).toEqual([]);
    const created = await store.create('Groene wijk');
    expect(store.documents.map((d) => d.title)).toEqual(['Groene wijk']);
    const copy = await store.duplicate(created.id);
    expect(store.documents.map((d) => d.id).sort()).toEqual([created.id, copy.id].sort());
    await store.remove(created.id);
    expect(store.documents.map((d) => d.id)).toEqual([copy.id]);
    expect(store.trash.map((d) => d.id)).toEqual([created.id]);
    await store.restore(created.id);
    expect(store.trash).toEqual([]);
    expect(store.documents).toHaveLength(2);
  });

  it('drops a slower, older answer that arrives after a newer one', async () => {
    const { backend, answer } = slowListBackend();
    const store = new WorkspaceStore(backend);
    const older = store.refresh();
    const newer = store.refresh();
    answer(1, ['nieuw']);
    await newer;
    answer(0, ['oud']);
    await older;
    expect(store.documents.map((d) => d.title)).toEqual(['nieuw']);
  });

  it('applies answers that arrive in order', async () => {
    const { backend, answer } = slowListBackend();
    const store = new WorkspaceStore(backend);
    const first = store.refresh();
    const second = store.refresh();
    answer(0, ['eerst']);
    await first;
    expect(store.documents.map((d) => d.title)).toEqual(['eerst']);
    answer(1, ['daarna']);
    await second;
    expect(store.documents.map((d) => d.title)).toEqual(['daarna']);
  });

  it('shares a load under way when asked to (start-up), but fetches anew after a change', async () => {
    const { backend, pending, answer } = slowListBackend();
    const store = new WorkspaceStore(backend);
    const first = store.refresh(true);
    expect(store.refresh(true)).toBe(first);
    expect(pending).toHaveLength(1);
    void store.refresh();
    expect(pending).toHaveLength(2);
    answer(0, ['a']);
    answer(1, ['b']);
    await first;
  });
});
