import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { pickBackend } from './backend';
import { App } from './app';
import { createI18n } from './i18n';
import { runMenuCommand } from './menu-commands';
import { StoreContext } from './stores/context';
import { RootStore } from './stores/root-store';
import './styles.css';

async function boot(): Promise<void> {
  const i18n = await createI18n('nl');
  const store = new RootStore(pickBackend(), (language) => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  });
  await store.attempt(() => store.settings.load());
  // The desktop app's menu sends commands; in the browser the same actions are buttons.
  window.impactwijzer?.onMenuCommand((command) => void runMenuCommand(store, command));
  // The desktop app reopens where the user left off: the last document opened.
  const last = store.settings.settings?.recentDocuments[0];
  if (window.impactwijzer && last) store.ui.show({ name: 'document', id: last.id });
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <StoreContext.Provider value={store}>
          <App />
        </StoreContext.Provider>
      </I18nextProvider>
    </StrictMode>,
  );
  // The start screen is usable from here on; the startup benchmark reads this mark.
  requestAnimationFrame(() => performance.mark('impactwijzer:ready'));
}

void boot();
