/**
 * Electron's security checklist (electronjs.org/docs/latest/tutorial/security), item by item,
 * proven on main itself: electron/main/index.ts runs against a fake Electron (fake-electron.ts)
 * that records what main registers and behaves like Electron's defaults where main installs
 * nothing. The test then fires what a hostile page would do and reads the options main gave
 * Electron. Items proven elsewhere: the CSP of the built page (csp.test.ts), the fuses as
 * electron-builder applies them (packaging.test.ts), the built preload exposing the contract
 * only (preload/preload.test.ts).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { callNames, channelOf } from '../../../../shared/api-calls';
import { CONTENT_SECURITY_POLICY, parseCsp } from '../../../../electron/backend/csp';
import { app, FakeBrowserWindow, recorded, removeHome, session } from './fake-electron';
import { FakeWebContents } from './fakes';

vi.mock('electron', () => import('./fake-electron'));
vi.mock('electron-store', async () => ({ default: (await import('./fake-electron')).FakeElectronStore }));

let win: FakeBrowserWindow;

beforeAll(async () => {
  await import('../../../../electron/main/index');
  await app.whenReady();
  win = recorded.windows[0]!;
});
afterAll(removeHome);

const prefs = () => win.options.webPreferences;
const HOSTILE = ['https://evil.example/', 'file:///etc/passwd', 'app://impactwijzer.evil/', 'javascript:alert(1)'];

async function fetchApp(url: string): Promise<Response> {
  const handler = recorded.protocolHandlers.get('app');
  if (!handler) throw new Error('main registered no app: protocol handler');
  return handler(new Request(url));
}

describe('Electron security checklist, on main', () => {
  it('1. only secure content: the window loads the page from the app scheme, registered as secure', () => {
    expect(recorded.windows).toHaveLength(1);
    expect(win.loaded).toHaveLength(1);
    const url = new URL(win.loaded[0]!);
    const scheme = recorded.privilegedSchemes.find((s) => `${s.scheme}:` === url.protocol);
    expect(scheme?.privileges).toMatchObject({ standard: true, secure: true });
    expect(url.host).toBe('impactwijzer');
  });

  it('2–4, 6, 8–10. the window: no Node anywhere, isolated, sandboxed (every renderer), web security on', () => {
    expect(recorded.sandboxEnabled).toBe(true);
    expect(prefs()).toMatchObject({ contextIsolation: true, sandbox: true, webSecurity: true });
    for (const weakening of [
      'nodeIntegration',
      'nodeIntegrationInWorker',
      'nodeIntegrationInSubFrames',
      'allowRunningInsecureContent',
      'experimentalFeatures',
      'webviewTag',
    ]) {
      expect(prefs()[weakening], weakening).toBe(false);
    }
    expect(prefs()).not.toHaveProperty('enableBlinkFeatures');
  });

  it('5. permission requests on the default session are denied', async () => {
    await expect(session.defaultSession.requestPermission(win.webContents, 'media')).resolves.toBe(false);
    await expect(session.defaultSession.requestPermission(win.webContents, 'openExternal')).resolves.toBe(false);
    expect(session.defaultSession.checkPermission(win.webContents, 'geolocation')).toBe(false);
  });

  it('5b. requests to anything but the app are cancelled on the default session', () => {
    for (const url of HOSTILE) expect(session.defaultSession.cancels(url), url).toBe(true);
    expect(session.defaultSession.cancels(win.loaded[0]!)).toBe(false);
  });

  it('7. every page the app protocol serves carries the Content-Security-Policy header', async () => {
    const response = await fetchApp('app://impactwijzer/index.html');
    expect(parseCsp(response.headers.get('Content-Security-Policy') ?? '')).toEqual(parseCsp(CONTENT_SECURITY_POLICY));
  });

  it('11–12. attaching a <webview> is prevented', () => {
    expect(win.webContents.attachWebview('https://evil.example/')).toBe(false);
  });

  it('13. navigation and redirects are prevented, in the window and in any later web contents', () => {
    for (const url of HOSTILE) {
      expect(win.webContents.navigate(url), url).toBe(false);
      expect(win.webContents.redirect(url), url).toBe(false);
    }
    const later = new FakeWebContents();
    app.emit('web-contents-created', { preventDefault() {} }, later);
    expect(later.navigate('https://evil.example/')).toBe(false);
    expect(later.navigateFrame('https://evil.example/')).toBe(false);
  });

  it('14–15. new windows are denied (so nothing reaches shell.openExternal, which main does not import)', () => {
    expect(win.webContents.windowOpen('https://evil.example/')).toBe('deny');
  });

  it('16. a current Electron is installed', () => {
    const version = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version as string;
    expect(Number(version.split('.')[0])).toBeGreaterThanOrEqual(40);
  });

  it('17. every contract call has an IPC handler, and each refuses a sender other than the main frame of our window', async () => {
    expect([...recorded.ipcHandlers.keys()].sort()).toEqual(callNames.map(channelOf).sort());
    const frame = win.webContents.mainFrame;
    const strangers: [string, () => unknown][] = [
      ['another web contents', () => ({ sender: { id: win.webContents.id + 1 }, senderFrame: frame })],
      ['a subframe of our window', () => ({ sender: { id: win.webContents.id }, senderFrame: { url: frame.url } })],
      ['a frame that is gone', () => ({ sender: { id: win.webContents.id }, senderFrame: null })],
    ];
    const appUrl = frame.url;
    for (const [channel, handler] of recorded.ipcHandlers) {
      for (const [who, event] of strangers) {
        await expect(handler(event(), {}), `${channel} from ${who}`).resolves.toMatchObject({
          ok: false,
          error: { code: 'forbidden-sender' },
        });
      }
      try {
        frame.url = 'https://evil.example/';
        const navigatedAway = { sender: { id: win.webContents.id }, senderFrame: frame };
        await expect(handler(navigatedAway, {}), `${channel} from a foreign page`).resolves.toMatchObject({ ok: false });
      } finally {
        frame.url = appUrl;
      }
    }
    const own = { sender: { id: win.webContents.id }, senderFrame: win.webContents.mainFrame };
    await expect(recorded.ipcHandlers.get(channelOf('appInfo'))!(own, {})).resolves.toMatchObject({ ok: true });
  });

  it('18. the app protocol serves only the renderer folder: a way out is 404, or folded back inside', async () => {
    await fetchApp('app://impactwijzer/');
    const index = recorded.fetched.at(-1)!;
    expect(index).toMatch(/^file:\/\/.*\/renderer\/index\.html$/);
    const root = index.slice(0, -'index.html'.length);
    for (const url of ['app://impactwijzer/..%2f..%2fpackage.json', 'app://impactwijzer/%00x', 'app://other/index.html']) {
      const before = recorded.fetched.length;
      expect((await fetchApp(url)).status, url).toBe(404);
      expect(recorded.fetched.length, url).toBe(before);
    }
    for (const url of ['app://impactwijzer/%2e%2e/%2e%2e/package.json', 'app://impactwijzer/a/../../../../etc/passwd']) {
      await fetchApp(url);
      expect(recorded.fetched.at(-1)!.startsWith(root), url).toBe(true);
    }
  });
});
