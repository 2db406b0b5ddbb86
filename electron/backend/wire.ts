import type { Handlers } from '../../shared/api';
import type { ErrorInfo } from '../../shared/errors';
import { join } from 'node:path';
import type { OpenedFile } from './documents/external';
import { layoutOf } from './documents/layout';
import { createWorkspace, type Workspace } from './documents/workspace';
import type { ChooseSavePath } from './export/save-file';
import { createHandlers } from './handlers';
import { createSettingsService, type BackingStore, type SettingsService } from './settings';

export interface BackendWiring {
  /** conf or electron-store. */
  store: BackingStore;
  /** The workspace folder to use when the settings name none. */
  defaultWorkspaceDir: string;
  /** When given, overrides the settings (the bridge's --workspace). */
  workspaceDir?: string;
  /** assets/examples (or the packaged resources' copy). */
  examplesDir?: string;
  version: string;
  transport: 'ipc' | 'http';
  /** Where exports go; default (the bridge, which has no dialogs): the workspace's Exports folder. */
  chooseSavePath?: ChooseSavePath;
  chooseOpenPath?: () => Promise<string | null>;
  onQuitReady?: (saved: boolean) => void;
  onRecentChanged?: () => void;
  onRendererReady?: () => void;
  /** Told to the user once (main sets it when the settings file was unreadable and set aside). */
  settingsNotice?: ErrorInfo;
  /** The clock of the workspace (tests inject one). */
  now?: () => Date;
}

/** Wires the handlers over a settings store and a workspace folder; main and the bridge share it. */
export function wireBackend(wiring: BackendWiring): Handlers & { workspace: Workspace; settings: SettingsService } {
  const settings = createSettingsService(wiring.store, { workspaceDir: wiring.defaultWorkspaceDir });
  const dir = wiring.workspaceDir ?? (settings.get().workspaceDir || wiring.defaultWorkspaceDir);
  if (settings.get().workspaceDir !== dir) {
    try {
      settings.update({ workspaceDir: dir });
    } catch (err) {
      // Settings that cannot be written (a read-only profile) must not stop the app; the folder is used all the same.
      console.warn('[impactwijzer] settings not saved:', err);
    }
  }
  // Files opened from the system are remembered in the settings (a failed settings write keeps them for this run).
  const opened = { list: () => settings.get().openedFiles, set: (openedFiles: OpenedFile[]) => void settings.update({ openedFiles }) };
  const workspace = createWorkspace({
    dir,
    examplesDir: wiring.examplesDir,
    now: wiring.now,
    user: () => settings.get().authorName,
    opened,
  });
  // Stale temp files of killed writes go now; every workspace call waits for it.
  void workspace.start();
  const handlers = createHandlers({
    workspace,
    settings,
    app: { name: 'Impactwijzer', version: wiring.version, transport: wiring.transport },
    chooseSavePath: wiring.chooseSavePath ?? (async (_kind, name) => join(layoutOf(dir).exports, name)),
    chooseOpenPath: wiring.chooseOpenPath,
    onQuitReady: wiring.onQuitReady,
    onRecentChanged: wiring.onRecentChanged,
    onRendererReady: wiring.onRendererReady,
    settingsNotice: wiring.settingsNotice,
  });
  // Main also needs the workspace (files opened from the system) and the settings (menu language).
  return Object.assign(handlers, { workspace, settings });
}
