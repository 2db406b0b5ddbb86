/**
 * Menu commands (desktop app) before any document was opened: the document part of the stores has not
 * loaded (stores/document-part.ts), and the commands neither wait for it nor fail. Opening a document
 * shows it (the document view then loads the part); quitting reports nothing unsaved.
 */
import { describe, expect, it } from 'vitest';
import { runMenuCommand } from '../../renderer/menu-commands';
import { RootStore } from '../../renderer/stores/root-store';
import { inProcessBackend } from './render-app';

describe('menu commands before the document part has loaded', () => {
  it('open a document, undo, redo and quit without it', async () => {
    const { backend } = await inProcessBackend();
    const quits: { saved: boolean }[] = [];
    const store = new RootStore({ ...backend, appQuitReady: async (request) => (quits.push(request), { ok: true }) }, () => undefined);
    const { document } = await backend.workspaceCreate({ title: 'Menuproef' });
    expect(() => store.assessment).toThrow(/document part/);

    await runMenuCommand(store, { command: 'undo' });
    await runMenuCommand(store, { command: 'redo' });
    await runMenuCommand(store, { command: 'open-document', id: document.id });
    expect(store.ui.view).toEqual({ name: 'document', id: document.id });
    await runMenuCommand(store, { command: 'flush-before-quit' });
    expect(quits).toEqual([{ saved: true }]);
    expect(store.openedAssessment).toBeNull();

    // The document view loads the part before it renders; from then on the commands reach the store.
    const assessment = await store.loadDocument();
    await assessment.open(document.id);
    assessment.edit('title', (d) => void (d.context.title = 'Menuproef 2'));
    await runMenuCommand(store, { command: 'flush-before-quit' });
    expect(quits.at(-1)).toEqual({ saved: true });
    expect((await backend.workspaceOpen({ id: document.id })).document.context.title).toBe('Menuproef 2');
    await runMenuCommand(store, { command: 'undo' });
    expect(assessment.document?.context.title).toBe('Menuproef');
    await assessment.flush();
  });
});
