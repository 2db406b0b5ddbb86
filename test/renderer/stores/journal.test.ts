// @vitest-environment jsdom
/**
 * The crash journal through the open assessment's store: an edit is journaled within 300 ms,
 * a successful save clears it, a failed save keeps it, and the journal is offered back (and
 * restored or discarded) when the document is opened again. Autosave flushes on blur and when
 * the page is hidden. Real backend over a temp workspace; the clock is moved by hand.
 */
import 'fake-indexeddb/auto';
import { when } from 'mobx';
import { describe, expect, it, onTestFinished } from 'vitest';
import { BackendCallError } from '../../../renderer/backend';
import { AUTOSAVE_DELAY_MS, AssessmentStore } from '../../../renderer/stores/assessment-store';
import { flushOnLeave } from '../../../renderer/stores/flush-on-leave';
import { MemoryJournal, dropOrphans } from '../../../renderer/stores/journal';
import { JOURNAL_DELAY_MS } from '../../../renderer/stores/journal-writer';
import type { Backend } from '../../../shared/api';
import { storeBackend } from './backend';
import { ManualClock } from './manual-clock';

async function openStore(options: { failSaves?: boolean } = {}) {
  const { backend: real, saves, settleFirst } = await storeBackend();
  let failSaves = options.failSaves ?? false;
  const backend: Backend = {
    ...real,
    workspaceSave: (request) =>
      failSaves ? Promise.reject(new BackendCallError({ code: 'offline', params: {} })) : real.workspaceSave(request),
  };
  const clock = new ManualClock();
  const journal = new MemoryJournal();
  const store = new AssessmentStore(backend, clock, journal);
  settleFirst(async () => {
    failSaves = false;
    await store.flush();
    await store.journalSettled();
  });
  const { document } = await backend.workspaceCreate({ title: 'Proef' });
  await store.open(document.id);
  const onDisk = async () => (await backend.workspaceOpen({ id: document.id })).document;
  const type = (text: string) => store.edit('problem', (d) => void (d.preparation.problem = text));
  const stores = [store];
  const journaled = async () => {
    // Every store writing to this journal has finished what it was asked (a reload makes a new one).
    await Promise.all(stores.map((s) => s.journalSettled()));
    return (await journal.get(document.id))?.document.preparation.problem;
  };
  /** The page reloaded: a new store over the same journal and workspace. */
  const reopen = async () => {
    const next = new AssessmentStore(backend, clock, journal);
    stores.push(next);
    settleFirst(() => next.flush());
    await next.open(document.id);
    return next;
  };
  return {
    store,
    clock,
    journal,
    backend,
    saves,
    onDisk,
    type,
    journaled,
    reopen,
    id: document.id,
    fail: (on: boolean) => (failSaves = on),
  };
}

describe('crash journal', () => {
  it('journals an edit within 300 ms, with the time and the version it was based on', async () => {
    const { store, clock, journal, type, journaled, id } = await openStore();
    const basedOn = store.document!.updatedAt;
    clock.advance(5000);
    type('Hitte in de wijk');
    clock.advance(JOURNAL_DELAY_MS - 1);
    expect(await journaled()).toBeUndefined();
    clock.advance(1);
    expect(JOURNAL_DELAY_MS).toBeLessThanOrEqual(300);
    expect(await journaled()).toBe('Hitte in de wijk');
    expect(await journal.get(id)).toMatchObject({ journaledAt: 5000 + JOURNAL_DELAY_MS, basedOn });
  });

  it('journals steady typing too (a throttle, not a debounce)', async () => {
    const { clock, type, journaled } = await openStore();
    type('a');
    clock.advance(200);
    type('ab');
    clock.advance(JOURNAL_DELAY_MS - 200);
    expect(await journaled()).toBe('ab');
  });

  it('a successful save clears the entry', async () => {
    const { store, clock, type, journaled, onDisk } = await openStore();
    type('Opgeslagen tekst');
    clock.advance(JOURNAL_DELAY_MS);
    expect(await journaled()).toBe('Opgeslagen tekst');
    clock.advance(AUTOSAVE_DELAY_MS);
    await when(() => store.saveState === 'saved');
    expect(await journaled()).toBeUndefined();
    expect((await onDisk()).preparation.problem).toBe('Opgeslagen tekst');
  });

  it('a failed save keeps the entry, and the next successful one clears it', async () => {
    const { store, clock, type, journaled, fail } = await openStore({ failSaves: true });
    type('Nog niet op schijf');
    clock.advance(AUTOSAVE_DELAY_MS);
    await when(() => store.saveState === 'error');
    expect(await journaled()).toBe('Nog niet op schijf');
    fail(false);
    await store.save();
    expect(store.saveState).toBe('saved');
    expect(await journaled()).toBeUndefined();
  });

  it('an edit made while saving stays journaled', async () => {
    const { store, clock, type, journaled } = await openStore();
    type('eerste');
    clock.advance(AUTOSAVE_DELAY_MS);
    expect(store.saveState).toBe('saving');
    type('tweede');
    await when(() => store.saveState === 'dirty');
    clock.advance(JOURNAL_DELAY_MS);
    expect(await journaled()).toBe('tweede');
  });

  it('after a crash the journaled edits are offered; restoring applies them as one undoable edit and saves them', async () => {
    const { clock, type, reopen, onDisk, journaled, fail } = await openStore({ failSaves: true });
    clock.advance(60_000);
    type('Verloren tekst');
    clock.advance(JOURNAL_DELAY_MS);
    expect(await journaled()).toBe('Verloren tekst');
    fail(false); // the backend is back
    const next = await reopen();
    expect(next.recovery).toMatchObject({ journaledAt: 60_000 + JOURNAL_DELAY_MS, stale: false });
    expect(next.document!.preparation.problem).toBe('');
    await next.restoreRecovery();
    expect(next.recovery).toBeNull();
    expect(next.document!.preparation.problem).toBe('Verloren tekst');
    expect(next.saveState).toBe('saved');
    expect((await onDisk()).preparation.problem).toBe('Verloren tekst');
    expect(await journaled()).toBeUndefined();
    next.undo();
    expect(next.document!.preparation.problem).toBe('');
  });

  it('discarding drops the entry: it is not offered again', async () => {
    const { clock, type, reopen, onDisk, journaled } = await openStore({ failSaves: true });
    type('Weg ermee');
    clock.advance(JOURNAL_DELAY_MS);
    const next = await reopen();
    expect(next.recovery).not.toBeNull();
    next.discardRecovery();
    expect(next.recovery).toBeNull();
    expect(await journaled()).toBeUndefined();
    expect((await reopen()).recovery).toBeNull();
    expect((await onDisk()).preparation.problem).toBe('');
  });

  it('says when the document changed on disk since the journaled edits; restoring saves on top, undo goes back', async () => {
    const { clock, type, reopen, onDisk, journaled, fail, backend } = await openStore({ failSaves: true });
    type('Mijn versie');
    clock.advance(JOURNAL_DELAY_MS);
    expect(await journaled()).toBe('Mijn versie');
    fail(false);
    const { document: theirs, revision } = await backend.workspaceOpen({ id: (await onDisk()).id });
    theirs.context.owner = 'Een collega';
    await backend.workspaceSave({ document: theirs, baseRevision: revision });
    const next = await reopen();
    expect(next.recovery?.stale).toBe(true);
    await next.restoreRecovery();
    expect((await onDisk()).preparation.problem).toBe('Mijn versie');
    next.undo();
    expect(next.document!.context.owner).toBe('Een collega');
    expect(next.document!.preparation.problem).toBe('');
  });

  it('discarding while new edits are unsaved keeps those journaled', async () => {
    const { clock, type, reopen, journaled, fail } = await openStore({ failSaves: true });
    type('Oud');
    clock.advance(JOURNAL_DELAY_MS);
    fail(false);
    const next = await reopen();
    next.edit('problem', (d) => void (d.preparation.problem = 'Nieuw'));
    next.discardRecovery();
    clock.advance(JOURNAL_DELAY_MS);
    expect(await journaled()).toBe('Nieuw');
  });

  it('offers nothing when the journal says what is on disk already, and drops that entry', async () => {
    const { journal, reopen, id, onDisk } = await openStore();
    const same = await onDisk();
    // The same content, its keys in another order and another save time: nothing to offer.
    const reordered = Object.fromEntries(Object.entries({ ...same, updatedAt: '2020-01-01T00:00:00.000Z' }).reverse()) as typeof same;
    await journal.put({ id, document: reordered, journaledAt: 1, basedOn: 'older' });
    expect((await reopen()).recovery).toBeNull();
    expect(await journal.get(id)).toBeUndefined();
  });

  it('drops the entry of a document that no longer exists', async () => {
    const { store, journal, backend, id, type, clock } = await openStore({ failSaves: true });
    type('Van een verwijderd document');
    clock.advance(JOURNAL_DELAY_MS);
    await store.journalSettled();
    await journal.put({ ...(await journal.get(id))!, id: 'weg-1' });
    await dropOrphans(
      journal,
      (await backend.workspaceList({})).documents.map((d) => d.id),
    );
    expect(await journal.ids()).toEqual([id]);
  });
});

describe('autosave on leaving', () => {
  for (const [name, leave] of [
    ['window blur', () => window.dispatchEvent(new Event('blur'))],
    ['page hidden', () => hide()],
    ['pagehide', () => window.dispatchEvent(new Event('pagehide'))],
  ] as const) {
    it(`saves at once on ${name}, before the autosave's own timer`, async () => {
      const { store, clock, saves, type, onDisk } = await openStore();
      const stop = flushOnLeave(window, store);
      onTestFinished(stop);
      type('Bij vertrek');
      expect(saves).toHaveLength(0);
      leave();
      expect(store.saveState).toBe('saving');
      await when(() => store.saveState === 'saved');
      expect(saves).toHaveLength(1);
      expect(clock.pending).toBe(0);
      expect((await onDisk()).preparation.problem).toBe('Bij vertrek');
    });
  }

  it('a visible page (visibilitychange to visible) does not save', async () => {
    const { store, saves, type } = await openStore();
    onTestFinished(flushOnLeave(window, store));
    type('Blijft');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(store.saveState).toBe('dirty');
    expect(saves).toHaveLength(0);
  });
});

function hide(): void {
  Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
  onTestFinished(() => void delete (document as { visibilityState?: unknown }).visibilityState);
  document.dispatchEvent(new Event('visibilitychange'));
}
