import { existsSync, renameSync } from 'node:fs';
import { basename } from 'node:path';
import type { ErrorInfo } from '../../shared/errors';
import type { BackingStore } from './settings';

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

/** A store that lives in memory for this run: settings work, they are just not kept. */
const inMemory = (): BackingStore => ({ store: {} });

/**
 * Opens the settings store (electron-store in the app, conf in the bridge). Their constructor
 * throws on a settings file it cannot parse, which would stop the app from starting: that file is
 * moved aside as `settings.json.onleesbaar-<time>` (never deleted), the store starts from
 * defaults, and the notice says so. Where the store cannot be made at all (a read-only profile),
 * or the file cannot be moved, the settings live in memory for this run.
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
    if (!fs.exists(path)) {
      console.warn('[impactwijzer] settings kept in memory for this run:', err);
      return { store: inMemory() };
    }
    const aside = `${path}.onleesbaar-${now().toISOString().replace(/[:.]/g, '-')}`;
    console.warn('[impactwijzer] settings file unreadable, moved aside:', err);
    const notice: ErrorInfo = { code: 'settings-reset', params: { fileName: basename(aside) } };
    try {
      fs.rename(path, aside);
      return { store: create(), notice };
    } catch (again) {
      console.warn('[impactwijzer] settings kept in memory for this run:', again);
      return { store: inMemory(), notice: { ...notice, params: { fileName: basename(path) } } };
    }
  }
}
