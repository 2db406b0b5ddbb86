/**
 * Two tabs on one document, through the stores, over the real backend in a temp workspace: the
 * crash journal is kept per tab (neither overwrites the other's entry, and after a crash each
 * tab's edits are offered), and a choice that waits survives a reload of its tab.
 */
import { describe, expect, it } from 'vitest';
import { BackendCallError } from '../../../renderer/backend';
import { AssessmentStore } from '../../../renderer/stores/assessment-store';
import { MemoryJournal } from '../../../renderer/stores/journal';
import { JOURNAL_DELAY_MS } from '../../../renderer/stores/journal-writer';
import type { Backend } from '../../../shared/api';
import { BackendError } from '../../../shared/errors';
import { storeBackend } from './backend';
import { ManualClock } from './manual-clock';

async function setUp() {
  const { backend: direct, settleFirst } = await storeBackend();
  let offline = false;
  // As the transports do: a code thrown by the backend reaches the store as a BackendCallError.
  const backend: Backend = {
    ...direct,
    workspaceSave: (request) =>
      offline
        ? Promise.reject(new BackendCallError({ code: 'offline', params: {} }))
        : direct.workspaceSave(request).catch((err: unknown) => {
            throw err instanceof BackendError ? new BackendCallError({ code: err.code, params: err.params }) : err;
          }),
  };
  const clock = new ManualClock();
  const journal = new MemoryJournal();
  const stores: AssessmentStore[] = [];
  settleFirst(async () => {
    offline = false;
    for (const store of stores) await store.flush();
  });
  const { document } = await backend.workspaceCreate({ title: 'Gedeeld' });
  /** A tab (or its reload: the same tab id) opening the document. */
  const tab = async (id: string) => {
    const store = new AssessmentStore(backend, clock, journal, id);
    stores.push(store);
    await store.open(document.id);
    return store;
  };
  const onDisk = async () => (await backend.workspaceOpen({ id: document.id })).document;
  return { backend, clock, journal, tab, onDisk, id: document.id, goOffline: () => (offline = true), goOnline: () => (offline = false) };
}

describe('the crash journal per tab', () => {
  it('two tabs journal side by side; after a crash a new tab is offered both, and restoring both merges them', async () => {
    const { clock, journal, tab, onDisk, id, goOffline, goOnline } = await setUp();
    const left = await tab('links');
    const right = await tab('rechts');
    goOffline();
    left.edit('problem', (d) => void (d.preparation.problem = 'Hitte in de wijk'));
    right.edit('owner', (d) => void (d.context.owner = 'Team Klimaat'));
    clock.advance(JOURNAL_DELAY_MS);
    await Promise.all([left.journalSettled(), right.journalSettled()]);
    const entries = await journal.list(id);
    expect(entries.map((e) => [e.tab, e.document.preparation.problem, e.document.context.owner]).sort()).toEqual([
      ['links', 'Hitte in de wijk', ''],
      ['rechts', '', 'Team Klimaat'],
    ]);

    // The crash: neither tab saved (their stores are left as they are). A new tab opens the document.
    goOnline();
    const fresh = await tab('nieuw');
    expect(fresh.recovery).not.toBeNull();
    await fresh.restoreRecovery();
    expect(fresh.recovery).not.toBeNull();
    await fresh.restoreRecovery();
    expect(fresh.recovery).toBeNull();
    expect(fresh.disk.choice).toBeNull();
    const saved = await onDisk();
    expect([saved.preparation.problem, saved.context.owner]).toEqual(['Hitte in de wijk', 'Team Klimaat']);
    await fresh.journalSettled();
    expect(await journal.list(id)).toEqual([]);
  });

  it('a reload of one tab offers both entries; discarding one removes only that one', async () => {
    const { clock, journal, tab, id, goOffline } = await setUp();
    const left = await tab('links');
    const right = await tab('rechts');
    goOffline();
    left.edit('problem', (d) => void (d.preparation.problem = 'Links'));
    right.edit('problem', (d) => void (d.preparation.problem = 'Rechts'));
    clock.advance(JOURNAL_DELAY_MS);
    await Promise.all([left.journalSettled(), right.journalSettled()]);

    const reloaded = await tab('links');
    const first = reloaded.recovery!;
    reloaded.discardRecovery();
    const second = reloaded.recovery!;
    expect([first.document.preparation.problem, second.document.preparation.problem].sort()).toEqual(['Links', 'Rechts']);
    await reloaded.journalSettled();
    expect((await journal.list(id)).map((e) => e.tab)).toEqual([second.tab]);
  });
});

describe('a choice that waits', () => {
  it('survives a reload of its tab, and is applied there', async () => {
    const { tab, onDisk, clock } = await setUp();
    const mine = await tab('mijn');
    const theirs = await tab('ander');
    theirs.edit('problem', (d) => void (d.preparation.problem = 'Van de ander'));
    await theirs.save();
    mine.edit('problem', (d) => void (d.preparation.problem = 'Van mij'));
    await mine.save();
    expect(mine.disk.choice?.conflicts).toHaveLength(1);
    mine.disk.later();
    clock.advance(JOURNAL_DELAY_MS);
    await mine.journalSettled();

    const reloaded = await tab('mijn');
    expect(reloaded.recovery).toBeNull();
    expect(reloaded.disk.choice?.conflicts).toEqual([{ path: 'preparation.problem', mine: 'Van mij', theirs: 'Van de ander' }]);
    expect(reloaded.disk.choiceShown).toBe(true);
    await reloaded.applyChoice({ 'preparation.problem': 'mine' });
    expect((await onDisk()).preparation.problem).toBe('Van mij');

    // Chosen: the next reload has nothing waiting.
    await reloaded.journalSettled();
    expect((await tab('mijn')).disk.choice).toBeNull();
  });
});
