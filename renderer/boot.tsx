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
import { I18nProvider, loadLanguage, loadMessages } from './i18n';
import { runMenuCommand } from './menu-commands';
import { pickPlatform } from './platform';
import { startScreenReady } from './screens/ready-mark';
import { StoreContext } from './stores/context';
import { DeferredJournal } from './stores/deferred-journal';
import { followLocation, restoreLocation } from './stores/location';
import { MemoryJournal, tabId, type Journal } from './stores/journal';
import { resumeJournal } from './stores/resume-journal';
import { loadDocumentPart, RootStore } from './stores/root-store';

/** How long the first render waits for the settings (their language) and the workspace list at most. */
const FIRST_RENDER_WAIT_MS = 1000;

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

/** The journal's storage (journal-start.ts), its code loaded when it starts; where that code cannot load, memory. */
function startJournal(): Promise<Journal> {
  return import('./stores/journal-start').then(
    (m) => m.startJournal(),
    () => new MemoryJournal(),
  );
}

/** This tab's id, read from session storage when first asked (a document opens), not before the first render. */
function lazyTab(): () => string {
  let tab: string | undefined;
  return () => (tab ??= tabId(sessionStorage));
}

export async function boot(pending: Pending): Promise<void> {
  performance.mark('impactwijzer:boot');
  // Desktop or browser is decided once, here; the rest of the renderer asks the platform's capabilities.
  const platform = pickPlatform(window, pending);
  const tab = lazyTab();
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
      document.documentElement.lang = language;
    },
    platform.capabilities,
    new DeferredJournal(startJournal, settled),
    tab,
  );
  void when(() => store.ui.view.name !== 'start').then(onDocument);
  // The settings and the workspace list were asked for in start-calls.ts, while this code loaded: their
  // answers are mostly in by now. The first render waits for both (a second at most), so the start screen
  // is drawn once, complete, in the settings' language (Dutch until a slow answer comes); no storage of the
  // page is read before it. resumeJournal starts the list's load; the start screen shares it.
  const settings = store.attempt(() => store.settings.load());
  void resumeJournal(store, settings, tab);
  const listed = store.workspace.refresh(true).catch(() => undefined);
  await Promise.race([Promise.all([settings, listed]), new Promise((done) => setTimeout(done, FIRST_RENDER_WAIT_MS))]);
  await loadLanguage(store.settings.language);
  // The desktop app's menu sends commands; in the browser the same actions are buttons. Main holds
  // menu commands and opened files back until it hears that the renderer listens.
  platform.onMenuCommand((command) => void runMenuCommand(store, command));
  // The desktop app's file watcher: the open document changed on disk (another program, another window).
  platform.onDocumentChanged(({ id }) => {
    // No assessment store yet: no document is open (one that opens meanwhile is read from disk as it is now).
    const assessment = store.openedAssessment;
    if (assessment?.document?.id === id) void assessment.checkDisk().catch(() => undefined);
  });
  void settled.then(() => store.attempt(() => platform.backend.rendererReady({})));
  // The document part and its words are fetched ahead once the start screen is usable, so opening a document does not wait for them.
  void settled.then(() => Promise.all([loadDocumentPart(), loadMessages()]).catch(() => undefined));
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
