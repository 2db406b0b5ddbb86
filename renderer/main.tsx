import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { pickBackend } from './backend';
import { App } from './app';
import type { i18n } from 'i18next';
import { createI18n, switchLanguage } from './i18n';
import { runMenuCommand } from './menu-commands';
import { StoreContext } from './stores/context';
import { RootStore } from './stores/root-store';
import './styles.css';

const LANGUAGE_KEY = 'impactwijzer.language';

async function boot(): Promise<void> {
  performance.mark('impactwijzer:boot');
  let i18n: i18n | null = null;
  const store = new RootStore(pickBackend(), (language) => {
    localStorage.setItem(LANGUAGE_KEY, language);
    if (i18n) void switchLanguage(i18n, language);
    document.documentElement.lang = language;
  });
  // Settings, the workspace list and the catalogue load side by side. The language is remembered
  // in the page too, so the first render need not wait for the settings.
  const cached = localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'nl';
  store.settings.assume(cached);
  const settings = store.attempt(() => store.settings.load());
  void store.attempt(() => store.workspace.refresh(true));
  i18n = await createI18n(cached);
  performance.mark('impactwijzer:i18n');
  // The settings follow when they arrive (the cached language is almost always theirs).
  const i18nReady = i18n;
  void settings.then(() => {
    if (store.settings.language !== cached) void switchLanguage(i18nReady, store.settings.language);
  });
  // The desktop app's menu sends commands; in the browser the same actions are buttons.
  window.impactwijzer?.onMenuCommand((command) => void runMenuCommand(store, command));
  // The desktop app reopens where the user left off: the last document opened.
  if (window.impactwijzer) {
    await settings;
    const last = store.settings.settings?.recentDocuments[0];
    if (last) store.ui.show({ name: 'document', id: last.id });
  }
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <StoreContext.Provider value={store}>
          <App />
        </StoreContext.Provider>
      </I18nextProvider>
    </StrictMode>,
  );

}

void boot();
