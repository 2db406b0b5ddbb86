// @vitest-environment jsdom
/**
 * The journal at start in the browser: the last document opened comes back only when its journaled
 * edits say something the disk does not; an entry equal to the disk (the save on leaving went
 * through) is dropped; and a document the user opened meanwhile is not replaced by the reopen.
 * Real backend over a temp workspace, real root store, the in-memory journal.
 */
import { describe, expect, it } from 'vitest';
import { MemoryJournal } from '../../../renderer/stores/journal';
import { resumeJournal } from '../../../renderer/stores/resume-journal';
import { RootStore } from '../../../renderer/stores/root-store';
import type { AssessmentDocument } from '../../../shared/model/document';
import { storeBackend } from './backend';

/** The in-memory journal, with a moment to act while a list is being read (the user clicking meanwhile). */
class SlowJournal extends MemoryJournal {
  whileListing: (() => void) | null = null;
  override async list(id: string) {
    const entries = await super.list(id);
    this.whileListing?.();
    return entries;
  }
}

async function setUp() {
  const { backend } = await storeBackend();
  const journal = new SlowJournal();
  const { document: first } = await backend.workspaceCreate({ title: 'Eerste' });
  const { document: last } = await backend.workspaceCreate({ title: 'Laatste' });
  // Opening makes it the last document opened (the settings' recent list).
  const opened = (await backend.workspaceOpen({ id: last.id })).document;
  const boot = () => {
    const store = new RootStore(backend, () => undefined, undefined, journal, 'tab-b');
    return { store, resumed: resumeJournal(store, store.settings.load(), 'tab-b') };
  };
  const journalAs = (document: AssessmentDocument) =>
    journal.put({ id: last.id, tab: 'tab-a', document, journaledAt: 1, basedOn: opened.updatedAt });
  return { backend, journal, first, last, opened, boot, journalAs };
}

describe('resumeJournal', () => {
  it('reopens the last document when its journaled edits differ from the disk', async () => {
    const { journal, last, opened, boot, journalAs } = await setUp();
    await journalAs({ ...opened, preparation: { ...opened.preparation, problem: 'Niet opgeslagen tekst' } });
    const { store, resumed } = boot();
    await resumed;
    expect(store.ui.view).toEqual({ name: 'document', id: last.id });
    expect(await journal.list(last.id)).toHaveLength(1);
  });

  it('stays on the start screen and drops the entry when it equals the disk', async () => {
    const { journal, last, opened, boot, journalAs } = await setUp();
    await journalAs(opened);
    const { store, resumed } = boot();
    await resumed;
    expect(store.ui.view.name).toBe('start');
    expect(await journal.list(last.id)).toEqual([]);
  });

  it('does not replace a document the user opened while the journal was read', async () => {
    const { journal, first, last, opened, boot, journalAs } = await setUp();
    await journalAs({ ...opened, preparation: { ...opened.preparation, problem: 'Niet opgeslagen tekst' } });
    const { store, resumed } = boot();
    // The user clicks another document on the start screen before the journal has answered.
    journal.whileListing = () => store.ui.show({ name: 'document', id: first.id });
    await resumed;
    expect(store.ui.view).toEqual({ name: 'document', id: first.id });
    expect(last.id).not.toBe(first.id);
  });
});
