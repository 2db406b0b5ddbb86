import { makeAutoObservable } from 'mobx';
import type { Backend } from '../../shared/api';
import { callNames, type CallName } from '../../shared/api-calls';
import { toErrorInfo } from '../backend';

/**
 * Whether the backend can be reached. In the browser the bridge can stop (`offline`) or be
 * started again with a new token, which the page does not have (`unauthorized`); the page then
 * says so and where to go, instead of repeating a bare error at every call.
 */
export type ConnectionState = 'ok' | 'offline' | 'unauthorized';

export class ConnectionStore {
  state: ConnectionState = 'ok';

  constructor() {
    makeAutoObservable(this);
  }

  get lost(): boolean {
    return this.state !== 'ok';
  }

  set(state: ConnectionState): void {
    this.state = state;
  }
}

/** The backend with every call's outcome noted: a lost bridge sets the state, any answer clears it. */
export function watchConnection(backend: Backend, connection: ConnectionStore): Backend {
  const api = {} as Record<CallName, (request?: unknown) => Promise<unknown>>;
  for (const name of callNames) {
    const call = backend[name] as (request?: unknown) => Promise<unknown>;
    api[name] = async (request?: unknown) => {
      try {
        const value = await call(request);
        connection.set('ok');
        return value;
      } catch (err) {
        const { code } = toErrorInfo(err);
        connection.set(code === 'offline' || code === 'unauthorized' ? code : 'ok');
        throw err;
      }
    };
  }
  return api as unknown as Backend;
}
