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

/** Creates the settings service; `defaults` fill what the store does not hold. */
export function createSettingsService(store: BackingStore, defaults: Partial<Settings>): SettingsService {
  function get(): Settings {
    const parsed = Settings.safeParse({ ...defaults, ...store.store });
    // Values that do not parse (a hand-edited file) fall back to defaults; a file that is not JSON at all
    // makes the store's constructor throw, and main sets it aside first (electron/main/settings-store.ts).
    return parsed.success ? parsed.data : Settings.parse(defaults);
  }
  return {
    get,
    update(patch: Partial<Settings> | SettingsPatch) {
      const next = Settings.parse({ ...get(), ...patch });
      store.store = next;
      return next;
    },
  };
}
