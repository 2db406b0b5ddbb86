/**
 * Electron main: wiring only. Every decision lives in a pure module (window, security/, ipc/,
 * documents/, settings, menu, launch, quit-guard) that is tested without Electron.
 */
import { join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, screen, session, type IpcMainInvokeEvent } from 'electron';
import ElectronStore from 'electron-store';
import type { MenuCommand } from '../../shared/api';
import { callNames, channelOf, eventChannelOf } from '../../shared/api-calls';
import { translate, type Messages } from '../../shared/i18n';
import { wireBackend } from '../backend/wire';
import { watchDocuments } from '../backend/documents/watch';
import { chooseOpenPathWith, chooseSavePathWith } from './dialogs';
import { dispatch } from '../backend/dispatch';
import { BackendError, describeError, type Envelope } from '../../shared/errors';
import { createEventQueue } from './event-queue';
import { isTrustedSender } from './ipc/sender';
import { fileFromArgv } from './launch';
import { buildMenuTemplate } from './menu';
import { createQuitGuard } from './quit-guard';
import { openSettingsStore } from '../backend/settings-store';
import { CONTENT_SECURITY_POLICY } from '../backend/csp';
import { hardenContents, hardenSession } from './security/install';
import { APP_ORIGIN, APP_SCHEME, resolveAppPath } from './security/policy';
import { onSecondInstance, startup } from './startup';
import { buildWindowOptions } from './window';
import { restoreBounds } from './window-bounds';

const rendererRoot = resolve(join(__dirname, '../renderer'));
let mainWindow: BrowserWindow | null = null;
let pendingFile: string | null = null;

// Menu commands and opened files wait until the renderer has subscribed (rendererReady).
const events = createEventQueue<MenuCommand>((command) => {
  if (!mainWindow || mainWindow.isDestroyed()) return false;
  mainWindow.webContents.send(eventChannelOf('menuCommand'), command);
  return true;
});
const send = (command: MenuCommand): boolean => events.send(command);

let openPendingFile: () => Promise<void> = async () => undefined;
type Backend = ReturnType<typeof wireBackend>;

/** The application menu in the UI language, with the recent documents. */
function refreshMenu(backend: Backend): void {
  const settings = backend.settings.get();
  const template = buildMenuTemplate({ language: settings.language, recent: settings.recentDocuments, platform: process.platform, send });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template as Electron.MenuItemConstructorOptions[]));
}

/** Quitting waits until the renderer has saved, or the user chooses to discard (asked in the UI language). */
function quitGuard(language: () => 'nl' | 'en') {
  return createQuitGuard({
    // A renderer that does not listen yet holds nothing unsaved.
    requestFlush: () => events.listening && send({ command: 'flush-before-quit' }),
    quit: () => app.quit(),
    timeoutMs: 5000,
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (t) => clearTimeout(t as NodeJS.Timeout),
    confirmDiscard: async () => {
      const t = (key: keyof Messages['menu']) => translate(language(), `menu.${key}`);
      const options = {
        type: 'warning' as const,
        title: t('quitTitle'),
        message: t('quitMessage'),
        buttons: [t('stay'), t('quitAnyway')],
        defaultId: 0,
        cancelId: 0,
      };
      const { response } = mainWindow ? await dialog.showMessageBox(mainWindow, options) : await dialog.showMessageBox(options);
      return response === 1;
    },
  });
}

/**
 * Opens a file handed over by the system (argv, second instance, macOS open-file) where it is:
 * the same file twice is the same document. "Kopie in werkmap" is the user's own choice in the UI.
 * A file that is no valid document is refused with its reason, in the UI language.
 */
function pendingFileOpener(backend: Backend): () => Promise<void> {
  return async () => {
    const file = pendingFile;
    pendingFile = null;
    if (!file) return;
    try {
      const { id } = await backend.workspace.openFile(file);
      send({ command: 'open-document', id });
    } catch (err) {
      const lang = backend.settings.get().language;
      const info = err instanceof BackendError ? err.info : { code: 'internal' as const, params: {} };
      const t = (key: Parameters<typeof translate>[1], values?: Parameters<typeof translate>[2]) => translate(lang, key, values);
      dialog.showErrorBox(t('opened.notOpenedTitle'), [t('opened.notOpened', { file }), ...describeError(t, info)].join('\n'));
    }
  };
}

/** The app's own scheme: files of the built renderer only, each with the CSP header. */
function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppPath(request.url, rendererRoot, resolve, sep);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    return new Response(response.body, { status: response.status, headers });
  });
}

/** One IPC handler per contract call, answering only the app's own page. */
function handleCalls(backend: Backend): void {
  for (const name of callNames) {
    ipcMain.handle(channelOf(name), async (event: IpcMainInvokeEvent, payload: unknown) => {
      const own = mainWindow
        ? { webContentsId: mainWindow.webContents.id, mainFrame: mainWindow.webContents.mainFrame, appOrigin: APP_ORIGIN }
        : null;
      const sender = { webContentsId: event.sender.id, frame: event.senderFrame, frameUrl: event.senderFrame?.url ?? '' };
      if (!isTrustedSender(sender, own)) return { ok: false, error: { code: 'forbidden-sender', params: {} } } satisfies Envelope<never>;
      const result = await dispatch(backend, name, payload);
      if (name === 'settingsSet') refreshMenu(backend);
      return result;
    });
  }
}

/** The main window, with its saved bounds when they still fit a display (window-bounds.ts), remembered again when it closes. */
function createWindow(backend: Backend): void {
  const bounds = restoreBounds(
    backend.settings.get().windowBounds,
    [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((d) => d.workArea),
  );
  // DevTools only in development: a packaged app has neither the panel nor its shortcut.
  const win = new BrowserWindow(buildWindowOptions(join(__dirname, '../preload/preload.cjs'), bounds, { devTools: !app.isPackaged }));
  mainWindow = win;
  win.once('ready-to-show', () => win.show());
  // A (re)load starts deaf: events wait for this page's rendererReady.
  win.webContents.on('did-start-loading', () => events.reset());
  void openPendingFile();
  win.on('close', () => {
    const b = win.getBounds();
    backend.settings.update({ windowBounds: { x: b.x, y: b.y, width: Math.max(320, b.width), height: Math.max(240, b.height) } });
  });
  win.on('closed', () => {
    events.reset();
    mainWindow = null;
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
}

/** Everything the first instance does; a second instance runs none of it (startup.ts). */
function start(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  app.enableSandbox();
  pendingFile = fileFromArgv(process.argv, process.cwd());
  app.on('open-file', (event, path) => {
    // macOS: a file opened from Finder, before or after start-up.
    event.preventDefault();
    pendingFile = path;
    if (app.isReady()) void openPendingFile();
  });
  void app.whenReady().then(whenReady);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

function whenReady(): void {
  // A corrupt settings file is set aside (the user is told once) instead of stopping the app.
  const { store, notice: settingsNotice } = openSettingsStore(
    () => new ElectronStore<Record<string, unknown>>({ name: 'settings' }),
    join(app.getPath('userData'), 'settings.json'),
  );
  // The desktop end-to-end tests replace the dialogs; a packaged app never does.
  const testDialogs = app.isPackaged ? null : (process.env.IMPACTWIJZER_TEST_DIALOGS ?? null);
  const guard = quitGuard(() => backend.settings.get().language);
  const backend: Backend = wireBackend({
    store,
    defaultWorkspaceDir: join(app.getPath('documents'), 'Impactwijzer'),
    examplesDir: app.isPackaged ? join(process.resourcesPath, 'examples') : join(app.getAppPath(), 'assets', 'examples'),
    version: app.getVersion(),
    transport: 'ipc',
    chooseSavePath: chooseSavePathWith(dialog, () => mainWindow, app.getPath('documents'), testDialogs),
    chooseOpenPath: chooseOpenPathWith(dialog, () => mainWindow, testDialogs),
    onQuitReady: (saved) => guard.ready(saved),
    onRecentChanged: () => refreshMenu(backend),
    onRendererReady: () => events.ready(),
    settingsNotice,
  });
  openPendingFile = pendingFileOpener(backend);
  serveRenderer();
  hardenSession(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  handleCalls(backend);
  // Another program (or a copy of the app) changed a document: the window compares its revision with the one on disk.
  const stopWatching = watchDocuments(backend.workspace.dir, (id) => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(eventChannelOf('documentChanged'), { id });
  });
  app.on('will-quit', stopWatching);

  app.on('second-instance', (_event, argv, cwd) => {
    onSecondInstance(argv, cwd, {
      focus: () => {
        if (!mainWindow) return;
        if (mainWindow.isMinimized()) mainWindow.restore();
        mainWindow.focus();
      },
      openFile: (file) => {
        pendingFile = file;
        void openPendingFile();
      },
    });
  });
  app.on('before-quit', (event) => {
    if (guard.onBeforeQuit()) event.preventDefault();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow(backend);
  });

  refreshMenu(backend);
  createWindow(backend);
}

// One instance: a second start (e.g. opening a file from the explorer) quits at once and hands its arguments to the first.
startup({ requestSingleInstanceLock: () => app.requestSingleInstanceLock(), quit: () => app.quit(), start });
