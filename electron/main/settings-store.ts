import { existsSync, renameSync } from 'node:fs';
import { basename } from 'node:path';
import type { ErrorInfo } from '../../shared/errors';
import type { BackingStore } from '../backend/settings';

/** The settings store, and the notice to tell the user once when the old file could not be read. */
export interface OpenedSettings<S extends BackingStore> {
  store: S | BackingStore;
  notice?: ErrorInfo;
}

/** The file system effects the opening needs (tests may inject failures). */
export interface SettingsFs {
  exists: (path: string) => boolean;
  rename: (from: string, to: string) => void;
}

const nodeFs: SettingsFs = { exists: existsSync, rename: renameSync };

/**
 * Opens the settings store. electron-store (conf) throws in its constructor on a settings file it
 * cannot parse, which would stop the app from starting: that file is moved aside as
 * `settings.json.onleesbaar-<time>` (never deleted), the store starts from defaults, and the
 * notice says so. Where even that fails, the settings live in memory for this run.
 */
export function openSettingsStore<S extends BackingStore>(
  create: () => S,
  path: string,
  now: () => Date = () => new Date(),
  fs: SettingsFs = nodeFs,
): OpenedSettings<S> {
  try {
    return { store: create() };
  } catch (err) {
    if (!fs.exists(path)) throw err;
    const aside = `${path}.onleesbaar-${now().toISOString().replace(/[:.]/g, '-')}`;
    console.warn('[impactwijzer] settings file unreadable, moved aside:', err);
    const notice: ErrorInfo = { code: 'settings-reset', params: { fileName: basename(aside) } };
    try {
      fs.rename(path, aside);
      return { store: create(), notice };
    } catch (again) {
      console.warn('[impactwijzer] settings kept in memory for this run:', again);
      return { store: { store: {} }, notice: { ...notice, params: { fileName: basename(path) } } };
    }
  }
}
