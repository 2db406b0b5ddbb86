/** The connection state: a lost bridge (offline, or a new token) is noted from any call, and any answer clears it. */
import { describe, expect, it } from 'vitest';
import { BackendCallError } from '../../../renderer/backend';
import { ConnectionStore, watchConnection } from '../../../renderer/stores/connection';
import type { Backend } from '../../../shared/api';
import type { ErrorCode } from '../../../shared/errors';

type Answer = { code: ErrorCode } | 'ok';

/** A backend whose every call gives the answer of the moment. */
function backendAnswering(answer: () => Answer): Backend {
  const call = async () => {
    const now = answer();
    if (now === 'ok') return { documents: [], quarantined: [] };
    throw new BackendCallError({ code: now.code, params: {} });
  };
  return new Proxy({}, { get: () => call }) as Backend;
}

describe('watchConnection', () => {
  it('notes offline and unauthorized, and clears them at the next answer or other error', async () => {
    const connection = new ConnectionStore();
    let answer: Answer = { code: 'offline' };
    const backend = watchConnection(
      backendAnswering(() => answer),
      connection,
    );
    await expect(backend.workspaceList({})).rejects.toThrow('offline');
    expect(connection.state).toBe('offline');
    answer = { code: 'unauthorized' };
    await expect(backend.workspaceSave({} as never)).rejects.toThrow('unauthorized');
    expect(connection.state).toBe('unauthorized');
    answer = 'ok';
    await backend.workspaceList({});
    expect(connection.state).toBe('ok');
    answer = { code: 'offline' };
    await expect(backend.workspaceList({})).rejects.toThrow();
    answer = { code: 'not-found' };
    await expect(backend.workspaceOpen({ id: 'x' })).rejects.toThrow('not-found');
    expect(connection.state).toBe('ok');
    expect(connection.lost).toBe(false);
  });
});
