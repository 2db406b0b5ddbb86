import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { onTestFinished } from 'vitest';
import type { Backend } from '../../../shared/api';
import { realBackend } from '../../helpers';

/**
 * The real backend (handlers over a temp workspace) as the renderer's stores call it, with a
 * record of the saves that reached it. The temp folder is removed when the test finishes, after
 * what was given to `settleFirst` (a store's last save) has finished.
 */
export async function storeBackend(): Promise<{
  backend: Backend;
  saves: unknown[];
  settleFirst: (settle: () => Promise<unknown>) => void;
}> {
  const { handlers, workspaceDir } = await realBackend();
  const settlers: (() => Promise<unknown>)[] = [];
  onTestFinished(async () => {
    // A save still under way would write into the folder while it is being removed.
    await Promise.all(settlers.map((settle) => settle()));
    await rm(dirname(workspaceDir), { recursive: true, force: true });
  });
  const saves: unknown[] = [];
  // The transports parse each request with the contract's schema; the stores send valid ones.
  const real = handlers as unknown as Backend;
  const backend: Backend = {
    ...real,
    workspaceSave: (request) => {
      saves.push(structuredClone(request.document));
      return real.workspaceSave(request);
    },
  };
  return { backend, saves, settleFirst: (settle) => void settlers.push(settle) };
}
