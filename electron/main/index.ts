/**
 * Electron main: wiring only. Every decision lives in a pure module (window.ts, security/,
 * ipc/, documents/, settings.ts) that is tested without Electron.
 */
import { join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, net, protocol, session, type IpcMainInvokeEvent } from 'electron';
import ElectronStore from 'electron-store';
import { callNames, channelOf } from '../../shared/api-calls';
import { wireBackend } from './backend';
import { dispatch } from './ipc/dispatch';
import { isTrustedSender } from './ipc/sender';
import { CONTENT_SECURITY_POLICY } from './security/csp';
import {
  allowNavigation,
  allowPermission,
  APP_HOST,
  APP_ORIGIN,
  APP_SCHEME,
  resolveAppPath,
  shouldCancelRequest,
  windowOpenDecision,
} from './security/policy';
import { buildWindowOptions } from './window';

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();

const rendererRoot = resolve(join(__dirname, '../renderer'));
let mainWindow: BrowserWindow | null = null;

function createWindow(store: ElectronStore<Record<string, unknown>>, bounds: Parameters<typeof buildWindowOptions>[1]): void {
  const win = new BrowserWindow(buildWindowOptions(join(__dirname, '../preload/preload.cjs'), bounds));
  mainWindow = win;
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    const b = win.getBounds();
    store.set('windowBounds', { x: b.x, y: b.y, width: b.width, height: b.height });
  });
  win.on('closed', () => {
    mainWindow = null;
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
}

void app.whenReady().then(() => {
  const store = new ElectronStore<Record<string, unknown>>({ name: 'settings' });
  const handlers = wireBackend({
    store,
    defaultWorkspaceDir: join(app.getPath('documents'), 'Impactwijzer'),
    examplesDir: app.isPackaged ? join(process.resourcesPath, 'examples') : join(app.getAppPath(), 'assets', 'examples'),
    version: app.getVersion(),
    transport: 'ipc',
    chooseSavePath: async (kind, suggestedName) => {
      const filters = { pdf: [{ name: 'PDF', extensions: ['pdf'] }], csv: [{ name: 'CSV', extensions: ['csv'] }], json: [{ name: 'JSON', extensions: ['json'] }] }[kind];
      const options = { defaultPath: join(app.getPath('documents'), suggestedName), filters };
      const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  });

  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppPath(request.url, rendererRoot, resolve, sep);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    return new Response(response.body, { status: response.status, headers });
  });

  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, permission, callback) => callback(allowPermission(permission)));
  ses.setPermissionCheckHandler((_wc, permission) => allowPermission(permission));
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: shouldCancelRequest(details.url) }));
  ses.setSpellCheckerEnabled(false);

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!allowNavigation(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!allowNavigation(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => windowOpenDecision(url));
  });

  for (const name of callNames) {
    ipcMain.handle(channelOf(name), (event: IpcMainInvokeEvent, payload: unknown) => {
      const own = mainWindow
        ? { webContentsId: mainWindow.webContents.id, mainFrame: mainWindow.webContents.mainFrame, appOrigin: `${APP_SCHEME}://${APP_HOST}` }
        : null;
      const sender = { webContentsId: event.sender.id, frame: event.senderFrame, frameUrl: event.senderFrame?.url ?? '' };
      if (!isTrustedSender(sender, own)) {
        return { ok: false, error: { code: 'forbidden-sender', message: 'Aanroep geweigerd.' } };
      }
      return dispatch(handlers, name, payload);
    });
  }

  const bounds = store.get('windowBounds');
  createWindow(store, (bounds as Parameters<typeof buildWindowOptions>[1]) ?? null);

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow(store, null);
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
