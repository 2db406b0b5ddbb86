/**
 * Opening a file from the system, through the real main (electron/main/index.ts against a fake
 * Electron) and the real backend: the second instance's arguments and macOS 'open-file' open the
 * file where it is, the same file twice is one document, and a save changes that file.
 */
import { mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channelOf, eventChannelOf } from '../../../shared/api-calls';
import { app, dialog, FakeElectronStore, home, recorded, removeHome, type FakeBrowserWindow } from './security/fake-electron';

vi.mock('electron', () => import('./security/fake-electron'));
vi.mock('electron-store', async () => ({ default: (await import('./security/fake-electron')).FakeElectronStore }));
afterAll(removeHome);

let win: FakeBrowserWindow;
const desk = join(home, 'Bureaublad');
const file = join(desk, 'plan.impactwijzer');

/** A call as the app's own page makes it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function call(name: Parameters<typeof channelOf>[0], payload: unknown): Promise<{ ok: boolean; value?: any }> {
  const own = { sender: { id: win.webContents.id }, senderFrame: win.webContents.mainFrame };
  return (await recorded.ipcHandlers.get(channelOf(name))!(own, payload)) as { ok: boolean };
}

/** The ids main told the page to open. */
const openCommands = () =>
  win.webContents.sent
    .filter(
      ([channel, payload]) => channel === eventChannelOf('menuCommand') && (payload as { command: string }).command === 'open-document',
    )
    .map(([, payload]) => (payload as { id: string }).id);

beforeAll(async () => {
  mkdirSync(desk, { recursive: true });
  writeFileSync(file, readFileSync('assets/examples/medtech-heerlen.json'));
  await import('../../../electron/main/index');
  await app.whenReady();
  win = recorded.windows[0]!;
  await call('rendererReady', {});
});

describe('a file opened from the system', () => {
  it('opens where it is from a second instance, and a save changes that file', async () => {
    app.emit('second-instance', {}, ['/opt/impactwijzer', 'plan.impactwijzer'], desk);
    await vi.waitFor(() => expect(openCommands()).toHaveLength(1));
    const [id] = openCommands();
    const opened = await call('workspaceOpen', { id });
    expect(opened.value.location).toBe(realpathSync(file));
    const { document, revision } = opened.value;
    const saved = await call('workspaceSave', {
      document: { ...document, context: { ...document.context, title: 'Plan, bijgewerkt' } },
      baseRevision: revision,
    });
    expect(saved.ok).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8')).context.title).toBe('Plan, bijgewerkt');
  });

  it('opened again (macOS open-file) is the same document, remembered once in the settings', async () => {
    let prevented = false;
    app.emit('open-file', { preventDefault: () => (prevented = true) }, file);
    await vi.waitFor(() => expect(openCommands()).toHaveLength(2));
    expect(prevented).toBe(true);
    expect(new Set(openCommands()).size).toBe(1);
    const list = await call('workspaceList', {});
    expect(list.value.documents.map((d: { location?: string }) => d.location)).toEqual([realpathSync(file)]);
    expect(new FakeElectronStore({ name: 'settings' }).get('openedFiles')).toHaveLength(1);
  });

  it('refuses a file that is no document with a clear message, and opens nothing', async () => {
    const errors = vi.spyOn(dialog as { showErrorBox: (title: string, content: string) => void }, 'showErrorBox');
    writeFileSync(join(desk, 'lijst.json'), '["geen", "beoordeling"]');
    app.emit('second-instance', {}, ['/opt/impactwijzer', join(desk, 'lijst.json')], desk);
    await vi.waitFor(() => expect(errors).toHaveBeenCalledTimes(1));
    const [title, message] = errors.mock.calls[0]!;
    expect(title).toBe('Bestand niet geopend');
    expect(message).toContain(`Impactwijzer kon ${join(desk, 'lijst.json')} niet openen.`);
    expect(message).toContain('geen Impactwijzer-beoordeling');
    expect(openCommands()).toHaveLength(2);
  });
});
