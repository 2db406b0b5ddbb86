/**
 * Native open and save dialogs, with their Electron object injected. For the desktop end-to-end
 * tests only (never in the packaged app), `testFolder` replaces the dialogs: they answer with
 * files in that folder.
 */
import { join } from 'node:path';
import type { ChooseSavePath, ExportKind } from '../backend/export/save-file';

interface DialogLike {
  showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }>;
}

const FILTERS: Record<ExportKind, { name: string; extensions: string[] }[]> = {
  pdf: [{ name: 'PDF', extensions: ['pdf'] }],
  csv: [{ name: 'CSV', extensions: ['csv'] }],
  json: [{ name: 'JSON', extensions: ['json'] }],
  docx: [{ name: 'Word', extensions: ['docx'] }],
  xlsx: [{ name: 'Excel', extensions: ['xlsx'] }],
};

/** The save dialog; the suggested name starts in the Documents folder. */
export function chooseSavePathWith(
  dialog: DialogLike,
  window: () => unknown,
  documents: string,
  testFolder: string | null = null,
): ChooseSavePath {
  return async (kind, suggestedName) => {
    if (testFolder) return join(testFolder, suggestedName);
    const options = { defaultPath: join(documents, suggestedName), filters: FILTERS[kind] };
    const w = window();
    const result = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
}

/** The open dialog for an assessment file. */
export function chooseOpenPathWith(
  dialog: DialogLike,
  window: () => unknown,
  testFolder: string | null = null,
): () => Promise<string | null> {
  return async () => {
    if (testFolder) return join(testFolder, 'open.json');
    const options = { properties: ['openFile'], filters: [{ name: 'Impactwijzer', extensions: ['impactwijzer', 'json'] }] };
    const w = window();
    const result = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
}
