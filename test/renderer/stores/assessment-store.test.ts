/**
 * The open assessment: autosave (debounced, with a maximum wait) and undo/redo through the
 * store, over the real backend in a temp workspace, with the clock moved by hand.
 */
import { observable, runInAction, when } from 'mobx';
import { describe, expect, it } from 'vitest';
import { AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_WAIT_MS, AssessmentStore } from '../../../renderer/stores/assessment-store';
import { COALESCE_MS } from '../../../renderer/stores/history';
import { storeBackend } from './backend';
import { BackendCallError } from '../../../renderer/backend';
import { BackendError } from '../../../shared/errors';
import { ManualClock } from './manual-clock';

async function openStore() {
  const { backend, saves, settleFirst } = await storeBackend();
  const clock = new ManualClock();
  const store = new AssessmentStore(backend, clock);
  settleFirst(() => store.flush());
  const { document } = await backend.workspaceCreate({ title: 'Proef' });
  await store.open(document.id);
  const onDisk = async () => (await backend.workspaceOpen({ id: document.id })).document;
  const saved = () => when(() => store.saveState === 'saved');
  const type = (text: string) => store.edit('problem', (d) => void (d.preparation.problem = text));
  return { store, clock, saves, onDisk, saved, type };
}

describe('autosave', () => {
  it('saves once, a short while after the last edit, and says so', async () => {
    const { store, clock, saves, onDisk, saved, type } = await openStore();
    type('Hitte');
    expect(store.saveState).toBe('dirty');
    clock.advance(AUTOSAVE_DELAY_MS - 1);
    expect(saves).toHaveLength(0);
    clock.advance(1);
    expect(store.saveState).toBe('saving');
    await saved();
    expect(saves).toHaveLength(1);
    expect((await onDisk()).preparation.problem).toBe('Hitte');
    expect(store.unsaved).toBe(false);
  });

  it('waits while the user types, but never longer than the maximum wait, so steady typing is saved', async () => {
    const { clock, saves, onDisk, saved, type } = await openStore();
    const step = AUTOSAVE_DELAY_MS / 2;
    let text = '';
    for (let t = 0; t < AUTOSAVE_MAX_WAIT_MS; t += step) {
      text += 'a';
      type(text);
      clock.advance(step);
    }
    expect(saves).toHaveLength(1);
    await saved();
    expect((await onDisk()).preparation.problem).toBe(text);
  });

  it('an edit made while saving is saved by its own timer, not lost', async () => {
    const { store, clock, saves, onDisk, saved, type } = await openStore();
    type('eerste');
    clock.advance(AUTOSAVE_DELAY_MS);
    expect(store.saveState).toBe('saving');
    type('tweede');
    expect(store.saveState).toBe('dirty');
    clock.advance(AUTOSAVE_DELAY_MS);
    await saved();
    expect(saves).toHaveLength(2);
    expect((await onDisk()).preparation.problem).toBe('tweede');
  });

  it('flush saves at once and cancels the pending timer', async () => {
    const { store, clock, saves, onDisk, type } = await openStore();
    type('nu');
    await store.flush();
    expect(saves).toHaveLength(1);
    expect(clock.pending).toBe(0);
    expect((await onDisk()).preparation.problem).toBe('nu');
  });
});

describe('undo and redo', () => {
  it('typing in one field within the coalescing window is one step', async () => {
    const { store, clock, type } = await openStore();
    for (const text of ['W', 'We', 'Wei', 'Weinig']) {
      type(text);
      clock.advance(COALESCE_MS - 1);
    }
    store.undo();
    expect(store.document!.preparation.problem).toBe('');
    expect(store.canUndo).toBe(false);
    store.redo();
    expect(store.document!.preparation.problem).toBe('Weinig');
  });

  it('a pause longer than the window starts a new step', async () => {
    const { store, clock, type } = await openStore();
    type('Eerste');
    clock.advance(COALESCE_MS);
    type('Eerste versie');
    store.undo();
    expect(store.document!.preparation.problem).toBe('Eerste');
    store.undo();
    expect(store.document!.preparation.problem).toBe('');
  });

  it('another field within the window is another step', async () => {
    const { store, clock, type } = await openStore();
    type('Probleem');
    clock.advance(10);
    store.edit('targetGroups', (d) => void (d.preparation.targetGroups = 'Jongeren'));
    store.undo();
    expect(store.document!.preparation).toMatchObject({ problem: 'Probleem', targetGroups: '' });
  });

  it('after an undo the next edit is a new step, and it clears redo', async () => {
    const { store, clock, type } = await openStore();
    type('A');
    clock.advance(COALESCE_MS);
    type('AB');
    store.undo();
    type('AC');
    expect(store.canRedo).toBe(false);
    store.undo();
    expect(store.document!.preparation.problem).toBe('A');
  });

  it('undo is saved like any edit', async () => {
    const { store, clock, onDisk, saved, type } = await openStore();
    type('weg');
    await store.flush();
    store.undo();
    clock.advance(AUTOSAVE_DELAY_MS);
    await saved();
    expect((await onDisk()).preparation.problem).toBe('');
  });
});

describe('saves in order', () => {
  it('a save waits for the one under way, so an older snapshot never lands after a newer one', async () => {
    // A hand-made backend: the real one cannot hold a write open on request.
    const { backend, settleFirst } = await storeBackend();
    const { document } = await backend.workspaceCreate({ title: 'Volgorde' });
    const calls = observable.array<{ problem: string; finish: () => void }>([], { deep: false });
    const gated = {
      ...backend,
      workspaceSave: (request: Parameters<typeof backend.workspaceSave>[0]) =>
        new Promise<Awaited<ReturnType<typeof backend.workspaceSave>>>((resolve) =>
          runInAction(() =>
            calls.push({
              problem: request.document.preparation?.problem ?? '',
              finish: () =>
                resolve({
                  summary: { ...request.document, updatedAt: new Date(0).toISOString() } as never,
                  revision: request.baseRevision + 1,
                }),
            }),
          ),
        ),
    };
    const clock = new ManualClock();
    const store = new AssessmentStore(gated, clock);
    settleFirst(() => store.flush());
    await store.open(document.id);
    store.edit('problem', (d) => void (d.preparation.problem = 'oud'));
    clock.advance(AUTOSAVE_DELAY_MS);
    store.edit('problem', (d) => void (d.preparation.problem = 'nieuw'));
    clock.advance(AUTOSAVE_DELAY_MS);
    await Promise.resolve();
    expect(calls.map((c) => c.problem)).toEqual(['oud']);
    calls[0]!.finish();
    await when(() => calls.length === 2);
    expect(calls[1]!.problem).toBe('nieuw');
    calls[1]!.finish();
    await when(() => store.saveState === 'saved');
  });
});

/** Two windows (stores) on one document over one backend. */
async function twoWindows() {
  const { backend: direct, settleFirst } = await storeBackend();
  // As the transports do: a code thrown by the backend reaches the store as a BackendCallError.
  const backend = {
    ...direct,
    workspaceSave: (request: Parameters<typeof direct.workspaceSave>[0]) =>
      direct.workspaceSave(request).catch((err: unknown) => {
        throw err instanceof BackendError ? new BackendCallError({ code: err.code, params: err.params }) : err;
      }),
  };
  const clock = new ManualClock();
  const mine = new AssessmentStore(backend, clock);
  const theirs = new AssessmentStore(backend, clock);
  settleFirst(() => Promise.all([mine.flush(), theirs.flush()]));
  const { document } = await backend.workspaceCreate({ title: 'Gedeeld' });
  await Promise.all([mine.open(document.id), theirs.open(document.id)]);
  const onDisk = async () => (await backend.workspaceOpen({ id: document.id })).document;
  return { mine, theirs, onDisk };
}

describe('another writer saved first', () => {
  it('disjoint edits merge and save without asking', async () => {
    const { mine, theirs, onDisk } = await twoWindows();
    theirs.edit('owner', (d) => void (d.context.owner = 'Een collega'));
    await theirs.save();
    mine.edit('problem', (d) => void (d.preparation.problem = 'Hitte'));
    await mine.save();
    expect(mine.saveError).toBeNull();
    expect(mine.saveState).toBe('saved');
    expect(mine.disk.choice).toBeNull();
    const saved = await onDisk();
    expect([saved.context.owner, saved.preparation.problem]).toEqual(['Een collega', 'Hitte']);
    expect(mine.document?.context.owner).toBe('Een collega');
  });

  it('the same field changed on both sides: the disjoint merge is saved, both values wait, the chosen one is saved', async () => {
    const { mine, theirs, onDisk } = await twoWindows();
    theirs.edit('problem', (d) => void (d.preparation.problem = 'Van de ander'));
    theirs.edit('owner', (d) => void (d.context.owner = 'Een collega'));
    await theirs.save();
    mine.edit('problem', (d) => void (d.preparation.problem = 'Van mij'));
    mine.edit('area', (d) => void (d.context.area.name = 'Zuidhaven'));
    await mine.save();
    expect(mine.saveState).toBe('saved');
    expect(mine.disk.choice?.conflicts).toEqual([{ path: 'preparation.problem', mine: 'Van mij', theirs: 'Van de ander' }]);
    expect(mine.disk.choiceShown).toBe(true);
    const merged = await onDisk();
    expect([merged.preparation.problem, merged.context.owner, merged.context.area.name]).toEqual([
      'Van de ander',
      'Een collega',
      'Zuidhaven',
    ]);

    await mine.applyChoice({ 'preparation.problem': 'mine' });
    expect(mine.disk.choice).toBeNull();
    expect((await onDisk()).preparation.problem).toBe('Van mij');
  });

  it('a further conflict while applying the choice loops back to the choice; nothing is lost', async () => {
    const { mine, theirs, onDisk } = await twoWindows();
    theirs.edit('problem', (d) => void (d.preparation.problem = 'Van de ander'));
    await theirs.save();
    mine.edit('problem', (d) => void (d.preparation.problem = 'Van mij'));
    await mine.save();
    // The other writer changes the field again before this window has chosen.
    await theirs.checkDisk();
    theirs.edit('problem', (d) => void (d.preparation.problem = 'Weer van de ander'));
    await theirs.save();
    expect(mine.disk.choice?.conflicts.map((c) => c.theirs)).toEqual(['Van de ander']);
    await mine.applyChoice({ 'preparation.problem': 'mine' });
    expect(mine.disk.choice?.conflicts).toEqual([{ path: 'preparation.problem', mine: 'Van mij', theirs: 'Weer van de ander' }]);
    expect((await onDisk()).preparation.problem).toBe('Weer van de ander');
    await mine.applyChoice({ 'preparation.problem': 'theirs' });
    expect(mine.disk.choice).toBeNull();
    expect((await onDisk()).preparation.problem).toBe('Weer van de ander');
    expect(mine.saveState).toBe('saved');
  });

  it('an item deleted on one side and edited on the other: the choice offers both; choosing mine puts the item back', async () => {
    const { mine, theirs, onDisk } = await twoWindows();
    theirs.edit('remove', (d) => void (d.preparation.options = d.preparation.options.filter((o) => o.id !== 'option-zero')));
    await theirs.save();
    mine.edit('zero', (d) => void (d.preparation.options.find((o) => o.id === 'option-zero')!.description = 'Blijft nodig'));
    await mine.save();
    const [conflict] = mine.disk.choice!.conflicts;
    expect(conflict).toMatchObject({ path: 'preparation.options.option-zero', theirs: undefined });
    expect((await onDisk()).preparation.options.map((o) => o.id)).toEqual(['option-proposal']);
    await mine.applyChoice({ [conflict!.path]: 'mine' });
    const back = (await onDisk()).preparation.options.find((o) => o.id === 'option-zero');
    expect(back?.description).toBe('Blijft nodig');
  });
});

describe('changes on disk noticed', () => {
  it('without local edits the new version is loaded, with a notice; with local edits they merge', async () => {
    const { mine, theirs, onDisk } = await twoWindows();
    theirs.edit('owner', (d) => void (d.context.owner = 'Een collega'));
    await theirs.save();
    await mine.checkDisk();
    expect(mine.document?.context.owner).toBe('Een collega');
    expect(mine.disk.notice).toBe('reloaded');
    expect(mine.unsaved).toBe(false);

    mine.edit('problem', (d) => void (d.preparation.problem = 'Hitte'));
    theirs.edit('organisation', (d) => void (d.context.organisation = 'Gemeente'));
    await theirs.save();
    await mine.checkDisk();
    expect(mine.disk.notice).toBe('merged');
    const saved = await onDisk();
    expect([saved.preparation.problem, saved.context.organisation, saved.context.owner]).toEqual(['Hitte', 'Gemeente', 'Een collega']);
  });

  it('an unchanged file is left alone', async () => {
    const { mine } = await twoWindows();
    const before = mine.document;
    await mine.checkDisk();
    expect(mine.document).toBe(before);
    expect(mine.disk.notice).toBeNull();
  });
});
