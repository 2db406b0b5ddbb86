import { Settings, type SettingsPatch } from '../../shared/api';

/** The part of conf / electron-store we use: the whole store as one object. */
export interface BackingStore {
  store: Record<string, unknown>;
}

/** Settings over a conf-like store: always parsed, never trusted as stored. */
export interface SettingsService {
  get(): Settings;
  update(patch: Partial<Settings>): Settings;
}

/**
 * Creates the settings service; `defaults` fill what the store does not hold. A store that can no
 * longer be read or written (its folder became read-only or vanished while the app runs) does not
 * break the calls that read settings: the last known settings are kept in memory for this run.
 */
export function createSettingsService(store: BackingStore, defaults: Partial<Settings>): SettingsService {
  let last: Settings | null = null;
  // Once a write failed, what this run changed lives only here: the store would answer the old values.
  let memoryOnly = false;
  function get(): Settings {
    if (memoryOnly && last) return last;
    let stored: Record<string, unknown>;
    try {
      stored = store.store;
    } catch (err) {
      console.warn('[impactwijzer] settings unreadable, the last known ones are used:', err);
      return last ?? Settings.parse(defaults);
    }
    const parsed = Settings.safeParse({ ...defaults, ...stored });
    // Values that do not parse (a hand-edited file) fall back to defaults; a file that is not JSON at all
    // makes the store's constructor throw, and it is set aside first (electron/backend/settings-store.ts).
    last = parsed.success ? parsed.data : Settings.parse(defaults);
    return last;
  }
  return {
    get,
    update(patch: Partial<Settings> | SettingsPatch) {
      const next = Settings.parse({ ...get(), ...patch });
      try {
        store.store = next;
      } catch (err) {
        console.warn('[impactwijzer] settings not saved, kept for this run:', err);
        memoryOnly = true;
      }
      last = next;
      return next;
    },
  };
}
