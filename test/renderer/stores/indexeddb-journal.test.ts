// @vitest-environment jsdom
/** The crash journal in IndexedDB (fake-indexeddb in jsdom): entries per document survive a new connection, as after a reload. */
import 'fake-indexeddb/auto';
import { describe, expect, it, onTestFinished } from 'vitest';
import { IndexedDbJournal } from '../../../renderer/stores/indexeddb-journal';
import { newDocument } from '../../../shared/model/document';

let seq = 0;
function journalNamed(): { open: () => IndexedDbJournal } {
  const name = `journal-test-${++seq}`;
  const opened: IndexedDbJournal[] = [];
  onTestFinished(async () => {
    for (const journal of opened) await journal.close();
    indexedDB.deleteDatabase(name);
  });
  return {
    open: () => {
      const journal = new IndexedDbJournal(name);
      opened.push(journal);
      return journal;
    },
  };
}

describe('IndexedDbJournal', () => {
  it('keeps one entry per document, the newest, across a new connection (a reload)', async () => {
    const { open } = journalNamed();
    const doc = newDocument('beleid-1', 'Hitteplan', '2026-03-01T09:00:00.000Z');
    const first = open();
    await first.put({ id: doc.id, document: doc, journaledAt: 1, basedOn: doc.updatedAt });
    const edited = { ...doc, preparation: { ...doc.preparation, problem: 'Te heet' } };
    await first.put({ id: doc.id, document: edited, journaledAt: 2, basedOn: doc.updatedAt });
    await first.close();

    const second = open();
    expect(await second.ids()).toEqual([doc.id]);
    expect(await second.get(doc.id)).toEqual({ id: doc.id, tab: '', document: edited, journaledAt: 2, basedOn: doc.updatedAt });
    await second.remove(doc.id);
    expect(await second.get(doc.id)).toBeUndefined();
    expect(await second.ids()).toEqual([]);
  });

  it('keeps an entry per tab: two tabs on one document never overwrite each other', async () => {
    const { open } = journalNamed();
    const doc = newDocument('beleid-2', 'Hitteplan', '2026-03-01T09:00:00.000Z');
    const journal = open();
    const edit = (problem: string) => ({ ...doc, preparation: { ...doc.preparation, problem } });
    await journal.put({ id: doc.id, tab: 'links', document: edit('links'), journaledAt: 1, basedOn: doc.updatedAt });
    await journal.put({ id: doc.id, tab: 'rechts', document: edit('rechts'), journaledAt: 2, basedOn: doc.updatedAt });
    await journal.put({ id: 'ander-1', tab: 'links', document: { ...doc, id: 'ander-1' }, journaledAt: 3, basedOn: doc.updatedAt });
    await journal.close();

    const again = open();
    expect((await again.list(doc.id)).map((e) => e.document.preparation.problem).sort()).toEqual(['links', 'rechts']);
    expect((await again.get(doc.id, 'rechts'))?.document.preparation.problem).toBe('rechts');
    expect((await again.ids()).sort()).toEqual(['ander-1', doc.id]);
    await again.remove(doc.id, 'links');
    expect((await again.list(doc.id)).map((e) => e.tab)).toEqual(['rechts']);
  });

  it('an entry of the journal before tabs (version 1) is kept, as the entry of no tab', async () => {
    const name = `journal-test-v1-${++seq}`;
    const doc = newDocument('beleid-3', 'Hitteplan', '2026-03-01T09:00:00.000Z');
    await new Promise<void>((done, fail) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => request.result.createObjectStore('entries', { keyPath: 'id' });
      request.onsuccess = () => {
        const tx = request.result.transaction('entries', 'readwrite');
        tx.objectStore('entries').put({ id: doc.id, document: doc, journaledAt: 7, basedOn: doc.updatedAt });
        tx.oncomplete = () => (request.result.close(), done());
        tx.onerror = () => fail(tx.error);
      };
      request.onerror = () => fail(request.error);
    });
    const journal = new IndexedDbJournal(name);
    onTestFinished(async () => {
      await journal.close();
      indexedDB.deleteDatabase(name);
    });
    expect(await journal.list(doc.id)).toEqual([{ id: doc.id, tab: '', document: doc, journaledAt: 7, basedOn: doc.updatedAt }]);
  });
});
