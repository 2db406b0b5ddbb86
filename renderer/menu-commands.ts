import type { MenuCommand } from '../shared/api';
import type { RootStore } from './stores/root-store';

/**
 * What the application menu's commands do in the renderer (desktop app). The same actions are
 * buttons in the UI, so the browser needs none of this.
 */
export async function runMenuCommand(store: RootStore, command: MenuCommand): Promise<void> {
  const { ui, wizard } = store;
  // Null until a document view first opened one (the document part then loads): nothing to save, undo or redo.
  const assessment = store.openedAssessment;
  switch (command.command) {
    case 'new':
    case 'open':
      await assessment?.flush();
      wizard.reset();
      ui.show({ name: 'start' });
      if (command.command === 'new') requestAnimationFrame(() => document.getElementById('new-title')?.focus());
      return;
    case 'import': {
      const result = await store.attempt(() => store.backend.fileImportDialog({}));
      if (result?.document) {
        wizard.reset();
        ui.show({ name: 'document', id: result.document.id });
      }
      return;
    }
    case 'open-document':
      await assessment?.flush();
      wizard.reset();
      ui.show({ name: 'document', id: command.id });
      return;
    case 'export-pdf':
    case 'export-csv':
      if (ui.view.name === 'document') ui.openDialog(command.command);
      return;
    case 'undo':
      assessment?.undo();
      return;
    case 'redo':
      assessment?.redo();
      return;
    case 'manual':
    case 'about':
      ui.openDialog(command.command);
      return;
    case 'flush-before-quit':
      await assessment?.flush();
      await store.backend.appQuitReady({ saved: !assessment?.unsaved });
      return;
  }
}
