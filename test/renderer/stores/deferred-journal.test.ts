/**
 * The crash journal started late (boot.tsx: once the start screen is usable): nothing starts before
 * the moment, calls made before it reach the real journal afterwards in the order they were made, and
 * later calls go straight through. The real journal here is the in-memory one.
 */
import { describe, expect, it } from 'vitest';
import { DeferredJournal } from '../../../renderer/stores/deferred-journal';
import { MemoryJournal, type JournalEntry } from '../../../renderer/stores/journal';
import { newDocument } from '../../../shared/model/document';

const ID = crypto.randomUUID();

function entry(id: string, title: string): JournalEntry {
  const document = newDocument(id, title, '2026-11-30T03:00:00.000Z');
  return { id, document, journaledAt: 1, basedOn: document.updatedAt };
}

describe('the deferred crash journal', () => {
  it('starts only when told, and passes on what was asked before in order', async () => {
    let release: () => void = () => undefined;
    const moment = new Promise<void>((done) => (release = done));
    const real = new MemoryJournal();
    let starts = 0;
    const journal = new DeferredJournal(() => {
      starts++;
      return real;
    }, moment);

    const first = journal.put(entry(ID, 'Eerste versie'));
    const second = journal.put(entry(ID, 'Tweede versie'));
    const listed = journal.ids();
    await Promise.resolve();
    expect(starts).toBe(0);

    release();
    await Promise.all([first, second]);
    // The later put wins: the calls arrived in the order they were made.
    expect((await journal.get(ID))?.document.context.title).toBe('Tweede versie');
    expect(await listed).toEqual([ID]);
    await journal.remove(ID);
    expect(await real.list(ID)).toEqual([]);
    expect(starts).toBe(1);
  });
});
