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
    expect(await second.get(doc.id)).toEqual({ id: doc.id, document: edited, journaledAt: 2, basedOn: doc.updatedAt });
    await second.remove(doc.id);
    expect(await second.get(doc.id)).toBeUndefined();
    expect(await second.ids()).toEqual([]);
  });
});
