/**
 * A fake of the module 'electron', as far as main uses it, for vi.mock('electron'): it records
 * what main registers (schemes, protocol and IPC handlers, windows) so a test can fire those
 * handlers and read the options Electron was called with. Where main installs nothing, the fakes
 * behave like Electron's defaults (see fakes.ts).
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Conf from 'conf';
import { electronEvent, FakeSession, FakeWebContents } from './fakes';

/** Everything main registered with the fake Electron, for the tests to read and fire. */
export const recorded = {
  privilegedSchemes: [] as { scheme: string; privileges?: Record<string, boolean> }[],
  sandboxEnabled: false,
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  ipcHandlers: new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>(),
  windows: [] as FakeBrowserWindow[],
  fetched: [] as string[],
};

/** The user's home for this test file: documents, settings. Removed by `removeHome()`. */
export const home = mkdtempSync(join(tmpdir(), 'iw-electron-'));

/** Removes the temp home (call in afterAll). */
export function removeHome(): void {
  rmSync(home, { recursive: true, force: true });
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  private readonly ready = Promise.resolve();

  enableSandbox(): void {
    recorded.sandboxEnabled = true;
  }
  /** Whether this process gets the single-instance lock (a test of the second instance sets it false). */
  hasLock = true;
  quitCalls = 0;
  requestSingleInstanceLock(): boolean {
    return this.hasLock;
  }
  quit(): void {
    this.quitCalls++;
  }
  whenReady(): Promise<void> {
    return this.ready;
  }
  isReady(): boolean {
    return true;
  }
  getPath(name: string): string {
    return join(home, name);
  }
  getAppPath(): string {
    return process.cwd();
  }
  getVersion(): string {
    return '0.0.0-test';
  }
}

export const app = new FakeApp();

export const session = { defaultSession: new FakeSession() };

/** Electron's BrowserWindow: records its options; creating one emits app 'web-contents-created', as Electron does. */
export class FakeBrowserWindow extends EventEmitter {
  readonly webContents = new FakeWebContents();
  readonly loaded: string[] = [];
  shown = false;
  bounds: { x: number; y: number; width: number; height: number };

  constructor(readonly options: Record<string, unknown> & { webPreferences: Record<string, unknown> }) {
    super();
    this.bounds = {
      x: (options.x as number) ?? 0,
      y: (options.y as number) ?? 0,
      width: options.width as number,
      height: options.height as number,
    };
    // Electron shows a window at once unless told `show: false`.
    this.shown = options.show !== false;
    recorded.windows.push(this);
    app.emit('web-contents-created', electronEvent({}), this.webContents);
  }

  static getAllWindows(): FakeBrowserWindow[] {
    return recorded.windows.filter((w) => !w.destroyed);
  }

  destroyed = false;
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {}
  show(): void {
    this.shown = true;
  }
  getBounds() {
    return { ...this.bounds };
  }
  async loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    this.webContents.mainFrame.url = url;
  }
  /** The user closes the window. */
  close(): void {
    this.emit('close', electronEvent({}));
    this.destroyed = true;
    this.emit('closed');
  }
}
export { FakeBrowserWindow as BrowserWindow };

export const protocol = {
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges?: Record<string, boolean> }[]): void {
    recorded.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void {
    recorded.protocolHandlers.set(scheme, handler);
  },
};

export const net = {
  /** file:// only, like main uses it; a missing file answers 404 here (Electron rejects). */
  async fetch(url: string): Promise<Response> {
    recorded.fetched.push(url);
    try {
      return new Response(await readFile(fileURLToPath(url)), { status: 200, headers: { 'content-type': 'text/html' } });
    } catch {
      return new Response('missing', { status: 404 });
    }
  },
};

export const ipcMain = {
  handle(channel: string, handler: (event: unknown, payload: unknown) => Promise<unknown>): void {
    recorded.ipcHandlers.set(channel, handler);
  },
};

export const Menu = {
  buildFromTemplate: (template: unknown) => template,
  setApplicationMenu: (): void => undefined,
};

/** Electron's screen: the displays there are now (a test may replace them). */
export const screen = {
  displays: [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
  getAllDisplays() {
    return this.displays;
  },
  getPrimaryDisplay() {
    return this.displays[0]!;
  },
};

export const dialog = {
  showMessageBox: async () => ({ response: 0 }),
  showErrorBox: (): void => undefined,
  showSaveDialog: async () => ({ canceled: true }),
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
};

/** electron-store imports electron; its engine, conf, over the temp home stands in. */
export class FakeElectronStore<T extends Record<string, unknown>> extends Conf<T> {
  constructor(options: { name?: string } = {}) {
    super({ cwd: join(home, 'userData'), configName: options.name ?? 'config', projectName: 'impactwijzer' });
  }
}
