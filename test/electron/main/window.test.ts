/**
 * The main window as main creates it: electron/main/index.ts runs against a fake Electron and
 * the test reads the options back from the BrowserWindow constructor call, then closes and
 * reopens the window to see the bounds remembered.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { builtApp } from '../built-app';
import { app, FakeBrowserWindow, FakeElectronStore, recorded, removeHome } from './security/fake-electron';

vi.mock('electron', () => import('./security/fake-electron'));
vi.mock('electron-store', async () => ({ default: (await import('./security/fake-electron')).FakeElectronStore }));

const built = builtApp();
const SAVED = { x: 40, y: 50, width: 1000, height: 700 };
const settings = () => new FakeElectronStore<Record<string, unknown>>({ name: 'settings' });
let win: FakeBrowserWindow;

beforeAll(async () => {
  // What the last session left behind.
  settings().set('windowBounds', SAVED);
  await import('../../../electron/main/index');
  await app.whenReady();
  win = recorded.windows[0]!;
});
afterAll(removeHome);

describe('the main window', () => {
  it('opens where the user left it', () => {
    expect(win.options).toMatchObject(SAVED);
  });

  it('is isolated and sandboxed, with Node off', () => {
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  });

  it('loads a preload that the build puts where main looks for it, relative to the built main', () => {
    const preload = win.options.webPreferences.preload as string;
    const fromMain = relative(resolve('electron/main'), preload);
    expect(existsSync(join(built.dir, 'main', fromMain)), fromMain).toBe(true);
    expect(fromMain).toMatch(/\.cjs$/);
  });

  it('is shown only once it is ready to show (no white flash)', () => {
    expect(win.shown).toBe(false);
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
  });

  it('remembers its bounds on close, kept to a usable size, and a new window (macOS activate) opens there', () => {
    win.bounds = { x: -20, y: 30, width: 100, height: 90 };
    win.close();
    const remembered = { x: -20, y: 30, width: 320, height: 240 };
    expect(settings().get('windowBounds')).toEqual(remembered);
    app.emit('activate');
    expect(recorded.windows).toHaveLength(2);
    expect(recorded.windows[1]!.options).toMatchObject(remembered);
  });
});
