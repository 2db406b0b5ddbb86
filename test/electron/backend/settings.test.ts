import { describe, expect, it } from 'vitest';
import { createSettingsService, type BackingStore } from '../../../electron/backend/settings';

/** A store like conf's over a folder that can stop being readable or writable while the app runs. */
function flakyStore(initial: Record<string, unknown>) {
  let data = { ...initial };
  const state = { readable: true, writable: true };
  const store: BackingStore = {
    get store() {
      if (!state.readable) throw Object.assign(new Error('ENOENT: mkdir'), { code: 'ENOENT' });
      return { ...data };
    },
    set store(next) {
      if (!state.writable) throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
      data = { ...next };
    },
  };
  return { store, state, data: () => data };
}

describe('the settings service', () => {
  it('reads and writes through the store, parsed', () => {
    const { store, data } = flakyStore({ language: 'en' });
    const settings = createSettingsService(store, { workspaceDir: '/werkmap' });
    expect(settings.get()).toMatchObject({ language: 'en', workspaceDir: '/werkmap' });
    settings.update({ authorName: 'A. de Vries' });
    expect(data()).toMatchObject({ language: 'en', authorName: 'A. de Vries' });
  });

  it('keeps answering with the last known settings when the store can no longer be read', () => {
    const { store, state } = flakyStore({ language: 'en' });
    const settings = createSettingsService(store, {});
    expect(settings.get().language).toBe('en');
    state.readable = false;
    expect(settings.get().language).toBe('en');
    expect(settings.update({ language: 'nl' }).language).toBe('nl');
  });

  it('keeps a change for this run when it cannot be written, instead of failing or forgetting it', () => {
    const { store, state, data } = flakyStore({ language: 'nl' });
    const settings = createSettingsService(store, {});
    state.writable = false;
    expect(settings.update({ language: 'en' }).language).toBe('en');
    expect(settings.get().language).toBe('en');
    expect(data().language).toBe('nl');
  });
});
