import { makeAutoObservable, runInAction } from 'mobx';
import type { Backend, Language, Settings } from '../../shared/api';

/** The user's settings as the renderer sees them. */
export class SettingsStore {
  settings: Settings | null = null;

  constructor(
    private readonly backend: Backend,
    private readonly onLanguage: (language: Language) => void,
  ) {
    makeAutoObservable<SettingsStore, 'backend' | 'onLanguage'>(this, { backend: false, onLanguage: false });
  }

  get language(): Language {
    return this.settings?.language ?? 'nl';
  }

  async load(): Promise<void> {
    const settings = await this.backend.settingsGet({});
    runInAction(() => {
      this.settings = settings;
    });
    this.onLanguage(settings.language);
  }

  async setLanguage(language: Language): Promise<void> {
    const settings = await this.backend.settingsSet({ language });
    runInAction(() => {
      this.settings = settings;
    });
    this.onLanguage(language);
  }
}
