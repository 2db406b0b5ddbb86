import { makeAutoObservable, runInAction } from 'mobx';
import type { Backend, Language, Settings } from '../../shared/api';
import type { ErrorInfo } from '../../shared/errors';

/** The user's settings as the renderer sees them. */
export class SettingsStore {
  settings: Settings | null = null;
  /** Told once at start (e.g. the settings file could not be read and defaults are used); null once dismissed. */
  notice: ErrorInfo | null = null;

  constructor(
    private readonly backend: Backend,
    private readonly onLanguage: (language: Language) => void,
  ) {
    makeAutoObservable<SettingsStore, 'backend' | 'onLanguage'>(this, { backend: false, onLanguage: false });
  }

  /** The settings' language; Dutch until they have loaded. */
  get language(): Language {
    return this.settings?.language ?? 'nl';
  }

  async load(): Promise<void> {
    const { notice, ...settings } = await this.backend.settingsGet({});
    runInAction(() => {
      this.settings = settings;
      this.notice = notice ?? null;
    });
    this.onLanguage(settings.language);
  }

  dismissNotice(): void {
    this.notice = null;
  }

  async setLanguage(language: Language): Promise<void> {
    const settings = await this.backend.settingsSet({ language });
    runInAction(() => {
      this.settings = settings;
    });
    this.onLanguage(language);
  }
}
