import { observer } from 'mobx-react-lite';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { pickBackend } from './backend';
import { I18nProvider, loadLanguage } from './i18n';
import { runMenuCommand } from './menu-commands';
import { StoreContext } from './stores/context';
import { RootStore } from './stores/root-store';
import './styles.css';

const LANGUAGE_KEY = 'impactwijzer.language';

/** The catalogue follows the language setting. */
const Root = observer(function Root({ store }: { store: RootStore }) {
  return (
    <I18nProvider language={store.settings.language}>
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>
    </I18nProvider>
  );
});

async function boot(): Promise<void> {
  performance.mark('impactwijzer:boot');
  const store = new RootStore(pickBackend(), (language) => {
    localStorage.setItem(LANGUAGE_KEY, language);
    document.documentElement.lang = language;
  });
  // Settings, the workspace list and the catalogue load side by side. The language is remembered
  // in the page too, so the first render need not wait for the settings.
  const cached = localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'nl';
  store.settings.assume(cached);
  document.documentElement.lang = cached;
  const settings = store.attempt(() => store.settings.load());
  void store.attempt(() => store.workspace.refresh(true));
  await loadLanguage(cached);
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
      <Root store={store} />
    </StrictMode>,
  );
}

void boot();
