/**
 * The renderer's start, once start-calls.ts has asked the backend for the start screen's data: the
 * stores, the platform's listeners, the address, and the first render. What the start screen does
 * not need (the crash journal's worker, telling main that the renderer listens) waits until it is
 * usable (screens/ready-mark.ts).
 */
import { when } from 'mobx';
import { observer } from 'mobx-react-lite';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import type { Pending } from './early';
import { I18nProvider, loadLanguage } from './i18n';
import { runMenuCommand } from './menu-commands';
import { pickPlatform } from './platform';
import { startScreenReady } from './screens/ready-mark';
import { StoreContext } from './stores/context';
import { DeferredJournal } from './stores/deferred-journal';
import { IndexedDbJournal } from './stores/indexeddb-journal';
import { WorkerJournal } from './stores/worker-journal';
import { followLocation, restoreLocation } from './stores/location';
import { MemoryJournal, tabId, type Journal } from './stores/journal';
import { resumeJournal } from './stores/resume-journal';
import { RootStore } from './stores/root-store';

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

function startJournal(): Journal {
  return typeof indexedDB === 'undefined'
    ? new MemoryJournal()
    : typeof Worker === 'undefined'
      ? new IndexedDbJournal()
      : new WorkerJournal();
}

export async function boot(pending: Pending): Promise<void> {
  performance.mark('impactwijzer:boot');
  // Desktop or browser is decided once, here; the rest of the renderer asks the platform's capabilities.
  const platform = pickPlatform(window, pending);
  const tab = tabId(sessionStorage);
  // The start screen is usable, or the page opens on a document (which needs the journal at once);
  // and at the latest after two seconds (a list that never answers holds nothing else back).
  let onDocument: () => void = () => undefined;
  const settled = Promise.race([
    startScreenReady,
    new Promise<void>((done) => {
      onDocument = done;
      setTimeout(done, 2000);
    }),
  ]);
  const store = new RootStore(
    platform.backend,
    (language) => {
      localStorage.setItem(LANGUAGE_KEY, language);
      document.documentElement.lang = language;
    },
    platform.capabilities,
    new DeferredJournal(startJournal, settled),
    tab,
  );
  void when(() => store.ui.view.name !== 'start').then(onDocument);
  // Settings, the workspace list and the catalogue load side by side (the first two were asked for
  // in start-calls.ts already). The language is remembered in the page too, so the first render need not
  // wait for the settings.
  const cached = localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'nl';
  store.settings.assume(cached);
  document.documentElement.lang = cached;
  const settings = store.attempt(() => store.settings.load());
  void resumeJournal(store, settings, tab);
  await loadLanguage(cached);
  // The desktop app's menu sends commands; in the browser the same actions are buttons. Main holds
  // menu commands and opened files back until it hears that the renderer listens.
  platform.onMenuCommand((command) => void runMenuCommand(store, command));
  // The desktop app's file watcher: the open document changed on disk (another program, another window).
  platform.onDocumentChanged(({ id }) => {
    if (store.assessment.document?.id === id) void store.assessment.checkDisk().catch(() => undefined);
  });
  void settled.then(() => store.attempt(() => platform.backend.rendererReady({})));
  // A reload returns to the document and step in the address; from here on the address follows the user.
  const restored = restoreLocation(store, window.location.hash);
  followLocation(store, window.history, window.location);
  // The desktop app reopens where the user left off: the last document opened.
  if (platform.capabilities.reopenLastDocument && !restored) {
    await settings;
    const last = store.settings.settings?.recentDocuments[0];
    if (last && !store.ui.navigated) store.ui.show({ name: 'document', id: last.id });
  }
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Root store={store} />
    </StrictMode>,
  );
}
