import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/backend/dispatch';
import { realBackend } from '../../helpers';

describe('dispatch: the one gate into the handlers', () => {
  it('refuses names outside the contract', async () => {
    const { handlers } = await realBackend();
    for (const name of ['', 'constructor', '__proto__', 'toString', 'workspaceList ', 'fs.readFile', 'x'.repeat(10_000)]) {
      const result = await dispatch(handlers, name, {});
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('unknown-call');
        expect(String(result.error.params.name).length).toBeLessThanOrEqual(80);
      }
    }
  });

  it.each([
    ['workspaceOpen', { id: '../../etc/passwd' }],
    ['workspaceOpen', { id: 'a/b' }],
    ['workspaceOpen', { id: 'C:\\Windows' }],
    ['workspaceOpen', { id: 'con.json' }],
    ['workspaceOpen', { id: '' }],
    ['workspaceOpen', { id: 42 }],
    ['workspaceOpen', { id: 'abc', extra: true }],
    ['workspaceOpen', null],
    ['workspaceOpen', 'abc'],
    ['workspaceCreate', { title: '' }],
    ['workspaceCreate', { title: '   ' }],
    ['workspaceCreate', { title: 'x'.repeat(301) }],
    ['workspaceCreate', { title: ['a'] }],
    ['workspaceCreate', JSON.parse('{"title":"x","__proto__":{"polluted":1}}')],
    ['settingsSet', { workspaceDir: '/etc' }],
    ['settingsSet', { windowBounds: { x: 0, y: 0, width: 1, height: 1 } }],
    ['settingsSet', { language: 'de' }],
    ['workspaceSave', { document: { id: 'abc' } }],
    ['workspaceSave', { document: { schemaVersion: 999 } }],
    ['appInfo', { anything: 1 }],
    ['fileSave', { kind: 'pdf', suggestedName: '../../etc/passwd', contentBase64: '' }],
    ['fileSave', { kind: 'pdf', suggestedName: 'C:\\Windows\\x.pdf', contentBase64: '' }],
    ['fileSave', { kind: 'exe', suggestedName: 'x.exe', contentBase64: '' }],
  ])('refuses %s with %j before the handler runs', async (name, payload) => {
    const { handlers, workspaceDir } = await realBackend();
    const before = await readdir(workspaceDir).catch(() => []);
    const result = await dispatch(handlers, name, payload);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-request');
      // The path names where the request went wrong, as a code per problem: no sentence crosses.
      expect(result.error.problems?.length).toBeGreaterThan(0);
      expect(result.error.path).toBe(result.error.problems![0]!.path);
    }
    expect(await readdir(workspaceDir).catch(() => [])).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('passes a valid request to its handler and wraps the answer', async () => {
    const { handlers } = await realBackend();
    const created = await dispatch(handlers, 'workspaceCreate', { title: 'Medtech-logistiek Heerlen' });
    expect(created.ok).toBe(true);
    const listed = await dispatch(handlers, 'workspaceList', {});
    expect(listed).toMatchObject({ ok: true, value: { documents: [{ title: 'Medtech-logistiek Heerlen' }] } });
  });

  it('reports a missing document as not-found, without internals', async () => {
    const { handlers } = await realBackend();
    const result = await dispatch(handlers, 'workspaceOpen', { id: 'does-not-exist' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    if (!result.ok) expect(JSON.stringify(result.error)).not.toMatch(/[/\\]tmp|ENOENT/);
  });
});
