import type { Handlers } from '../../../shared/api';
import type { Workspace } from '../documents/workspace';
import { saveExport, type ChooseSavePath } from '../export/save-file';
import type { SettingsService } from '../settings';

/** What the handlers need; main and the bridge each wire their own. */
export interface HandlerDeps {
  workspace: Workspace;
  settings: SettingsService;
  app: { name: string; version: string; transport: 'ipc' | 'http' };
  chooseSavePath: ChooseSavePath;
}

/** The backend's handlers: plain functions over injected effects, shared by IPC and HTTP. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { workspace, settings } = deps;
  return {
    appInfo: async () => ({ ...deps.app }),
    settingsGet: async () => settings.get(),
    settingsSet: async (patch) => settings.update(patch),
    workspaceList: async () => workspace.list(),
    workspaceCreate: async ({ title, language }) => ({ document: await workspace.create(title, language ?? settings.get().language) }),
    workspaceOpen: async ({ id }) => ({ document: await workspace.open(id) }),
    workspaceSave: async ({ document }) => ({ summary: await workspace.save(document) }),
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
    fileSave: async ({ kind, suggestedName, contentBase64 }) => saveExport(deps.chooseSavePath, kind, suggestedName, Buffer.from(contentBase64, 'base64')),
  };
}
