import type { Handlers } from '../../shared/api';
import type { ErrorInfo } from '../../shared/errors';
import type { Workspace } from './documents/workspace';
import { saveExport, type ChooseSavePath } from './export/save-file';
import type { SettingsService } from './settings';

/** What the handlers need; main and the bridge each wire their own. */
export interface HandlerDeps {
  workspace: Workspace;
  settings: SettingsService;
  app: { name: string; version: string; transport: 'ipc' | 'http' };
  chooseSavePath: ChooseSavePath;
  /** The native open dialog; null when cancelled or where there is none (the bridge). */
  chooseOpenPath?: () => Promise<string | null>;
  /** Told when the renderer has flushed before quitting. */
  onQuitReady?: (saved: boolean) => void;
  /** Told when the recent documents changed (the menu shows them). */
  onRecentChanged?: () => void;
  /** Told once, with the first settings the renderer reads (e.g. an unreadable settings file was set aside). */
  settingsNotice?: ErrorInfo;
  /** Told when the renderer listens for events (main holds them back until then). */
  onRendererReady?: () => void;
}

/** Puts a document first in the recent list (at most 10, no duplicates). */
export function withRecent(recent: { id: string; title: string }[], doc: { id: string; title: string }): { id: string; title: string }[] {
  return [doc, ...recent.filter((r) => r.id !== doc.id)].slice(0, 10);
}

/** The backend's handlers: plain functions over injected effects, shared by IPC and HTTP. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { workspace, settings } = deps;
  let notice = deps.settingsNotice;
  return {
    appInfo: async () => ({ ...deps.app }),
    settingsGet: async () => {
      const told = notice;
      notice = undefined;
      return told ? { ...settings.get(), notice: told } : settings.get();
    },
    settingsSet: async (patch) => settings.update(patch),
    workspaceList: async () => workspace.list(),
    workspaceCreate: async ({ title, language }) => ({ document: await workspace.create(title, language ?? settings.get().language) }),
    workspaceOpen: async ({ id }) => {
      const { document, revision } = await workspace.open(id);
      try {
        settings.update({ recentDocuments: withRecent(settings.get().recentDocuments, { id, title: document.context.title }) });
        deps.onRecentChanged?.();
      } catch (err) {
        // The recent list is a convenience: a settings file that cannot be written never stops a document opening.
        console.warn('[impactwijzer] recent documents not saved:', err);
      }
      return { document, revision, location: await workspace.locationOf(id) };
    },
    workspaceSave: async ({ document, baseRevision }) => workspace.save(document, baseRevision),
    workspaceRevision: async ({ id }) => ({ revision: await workspace.revision(id) }),
    workspaceDelete: async ({ id }) => {
      await workspace.remove(id);
      return { deleted: true as const };
    },
    workspaceDuplicate: async ({ id }) => ({ document: await workspace.duplicate(id) }),
    workspaceTrash: async () => ({ documents: await workspace.trash() }),
    workspaceRestore: async ({ id }) => ({ summary: await workspace.restore(id) }),
    workspaceImport: async ({ contentBase64 }) => {
      const bytes = Buffer.from(contentBase64, 'base64');
      return workspace.importBytes(bytes);
    },
    workspaceExport: async ({ id }) => workspace.exportJson(id),
    workspaceExample: async () => ({ document: await workspace.addExample() }),
    historyList: async ({ id }) => ({ versions: await workspace.versions(id) }),
    historyOpen: async ({ id, revision }) => ({ document: await workspace.version(id, revision) }),
    historyRestore: async ({ id, revision }) => workspace.restoreVersion(id, revision),
    fileImportDialog: async () => {
      const path = deps.chooseOpenPath ? await deps.chooseOpenPath() : null;
      return path ? workspace.importFile(path) : { document: null, migratedFrom: null };
    },
    appQuitReady: async ({ saved }) => {
      deps.onQuitReady?.(saved);
      return { ok: true as const };
    },
    rendererReady: async () => {
      deps.onRendererReady?.();
      return { ok: true as const };
    },
    fileSave: async ({ kind, suggestedName, contentBase64 }) => {
      // The start sweeps stale temp files from the exports folder too: it must not race this write's temp file.
      await workspace.start();
      return saveExport(deps.chooseSavePath, kind, suggestedName, Buffer.from(contentBase64, 'base64'));
    },
  };
}
