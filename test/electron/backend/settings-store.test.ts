import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { wireBackend } from '../../../electron/backend/wire';
import { openSettingsStore } from '../../../electron/backend/settings-store';
import { tempDir } from '../../helpers';

const CORRUPT = '{"language": "en", "recentDocuments": [ kapot';
const at = () => new Date('2026-03-01T09:00:00.000Z');

/** conf is electron-store's engine: it throws the same SyntaxError in its constructor on a file that is not JSON. */
const confIn = (dir: string) => () => new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings', projectName: 'impactwijzer' });

describe('opening the settings store', () => {
  it('a corrupt settings file makes conf (and so electron-store) throw: the reason this module exists', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'settings.json'), CORRUPT);
    expect(confIn(dir)).toThrow(SyntaxError);
  });

  it('sets a corrupt file aside, starts with defaults, and tells the user once', async () => {
    const dir = await tempDir();
    const path = join(dir, 'settings.json');
    await writeFile(path, CORRUPT);
    const { store, notice } = openSettingsStore(confIn(dir), path, at);
    const aside = 'settings.json.onleesbaar-2026-03-01T09-00-00-000Z';
    expect(notice).toEqual({ code: 'settings-reset', params: { fileName: aside } });
    expect(await readFile(join(dir, aside), 'utf8')).toBe(CORRUPT);

    const backend = wireBackend({
      store,
      defaultWorkspaceDir: join(dir, 'werkmap'),
      version: '0',
      transport: 'http',
      settingsNotice: notice,
    });
    const first = await backend.settingsGet({});
    expect(first).toMatchObject({ language: 'nl', recentDocuments: [], notice });
    expect((await backend.settingsGet({})).notice).toBeUndefined();
    await backend.settingsSet({ language: 'en' });
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ language: 'en' });
  });

  it('a readable file is used as it is, without a notice', async () => {
    const dir = await tempDir();
    const path = join(dir, 'settings.json');
    await writeFile(path, JSON.stringify({ language: 'en' }));
    const { store, notice } = openSettingsStore(confIn(dir), path, at);
    expect(notice).toBeUndefined();
    expect(store.store).toMatchObject({ language: 'en' });
    expect(await readdir(dir)).toEqual(['settings.json']);
  });

  it('when the file cannot even be moved, the settings live in memory and the app still starts', async () => {
    const dir = await tempDir();
    const path = join(dir, 'settings.json');
    await writeFile(path, CORRUPT);
    const refuse = () => {
      throw Object.assign(new Error('read-only'), { code: 'EROFS' });
    };
    const { store, notice } = openSettingsStore(confIn(dir), path, at, { exists: () => true, rename: refuse });
    expect(notice?.code).toBe('settings-reset');
    const backend = wireBackend({ store, defaultWorkspaceDir: join(dir, 'werkmap'), version: '0', transport: 'http' });
    expect((await backend.settingsGet({})).language).toBe('nl');
    expect(await readFile(path, 'utf8')).toBe(CORRUPT);
  });

  it('a store that cannot be made at all (no file to blame) lives in memory: the app still starts', async () => {
    const boom = () => {
      throw Object.assign(new Error('ENOENT: mkdir on a read-only profile'), { code: 'ENOENT' });
    };
    const { store, notice } = openSettingsStore(boom, '/nonexistent/settings.json', at);
    expect(notice).toBeUndefined();
    const backend = wireBackend({ store, defaultWorkspaceDir: '/nonexistent/werkmap', version: '0', transport: 'http' });
    expect((await backend.settingsGet({})).language).toBe('nl');
  });
});
