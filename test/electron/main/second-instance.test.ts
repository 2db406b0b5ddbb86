/**
 * A second instance of the real main (electron/main/index.ts, against a fake Electron) that does
 * not get the single-instance lock: it quits and runs no start-up at all.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { app, recorded, removeHome } from './security/fake-electron';

vi.mock('electron', () => import('./security/fake-electron'));
vi.mock('electron-store', async () => ({ default: (await import('./security/fake-electron')).FakeElectronStore }));
afterAll(removeHome);

describe('a second instance', () => {
  it('quits at once: no scheme, no sandbox switch, no listeners, no handlers, no window', async () => {
    app.hasLock = false;
    await import('../../../electron/main/index');
    await app.whenReady();
    // Anything queued behind the ready promise has run by now.
    await new Promise((done) => setImmediate(done));
    expect(app.quitCalls).toBe(1);
    expect(recorded.privilegedSchemes).toEqual([]);
    expect(recorded.sandboxEnabled).toBe(false);
    expect(app.eventNames()).toEqual([]);
    expect(recorded.ipcHandlers.size).toBe(0);
    expect(recorded.windows).toEqual([]);
  });
});
