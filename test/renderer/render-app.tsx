import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { onTestFinished } from 'vitest';
import type { Backend } from '../../shared/api';
import { callNames } from '../../shared/api-calls';
import { dispatch } from '../../electron/backend/dispatch';
import { BackendCallError } from '../../renderer/backend';
import { I18nProvider, loadMessages } from '../../renderer/i18n';
import { StoreContext } from '../../renderer/stores/context';
import { RootStore } from '../../renderer/stores/root-store';
import { realBackend } from '../helpers';

/** The real backend (handlers on a temp folder) behind the same gate the transports use. */
export async function inProcessBackend(): Promise<{ backend: Backend; workspaceDir: string }> {
  const { handlers, workspaceDir } = await realBackend();
  const backend = Object.fromEntries(
    callNames.map((name) => [
      name,
      async (request: unknown) => {
        const result = await dispatch(handlers, name, JSON.parse(JSON.stringify(request ?? {})));
        if (!result.ok) throw new BackendCallError(result.error);
        return result.value;
      },
    ]),
  ) as unknown as Backend;
  return { backend, workspaceDir };
}

/** Renders UI with a real RootStore over the in-process backend, with one document open. */
export async function renderWithDocument(ui: ReactNode, title = 'Componenttest', language: 'nl' | 'en' = 'nl') {
  const { backend, workspaceDir } = await inProcessBackend();
  const store = new RootStore(backend, () => undefined);
  const { document } = await backend.workspaceCreate({ title });
  // The document view's words and stores load with it in the app (app.tsx); here before the render.
  await loadMessages();
  await (await store.loadDocument()).open(document.id);
  // Save what is pending before the temp folder goes (hooks run last-registered first), so no autosave lands in a removed folder.
  onTestFinished(() => store.assessment.flush());
  const view = render(
    <I18nProvider language={language}>
      <StoreContext.Provider value={store}>{ui}</StoreContext.Provider>
    </I18nProvider>,
  );
  return { store, view, workspaceDir };
}
