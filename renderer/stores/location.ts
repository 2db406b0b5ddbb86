/**
 * Where the user is, kept in the page's address (`#/document/<id>/<step>`), so that a reload
 * returns to the open assessment and step instead of the list. The hash is replaced, never
 * pushed: the browser's Back button keeps leaving the app as before.
 */
import { reaction } from 'mobx';
import type { StepId } from '../../shared/steps/list';
import { STEP_ORDER } from '../../shared/steps/order';
import type { RootStore } from './root-store';

const PREFIX = '#/document/';

/** The hash for a view: the document and step, or empty on the start screen. */
export function locationHash(documentId: string | null, step: StepId): string {
  return documentId ? `${PREFIX}${encodeURIComponent(documentId)}/${step}` : '';
}

/** The document and step a hash names (an unknown step: the document's first), or null. */
export function readLocation(hash: string): { id: string; step: StepId | null } | null {
  if (!hash.startsWith(PREFIX)) return null;
  const [rawId, rawStep] = hash.slice(PREFIX.length).split('/');
  let id: string;
  try {
    id = decodeURIComponent(rawId ?? '');
  } catch {
    return null;
  }
  if (!id) return null;
  const step = STEP_ORDER.find((s) => s.id === rawStep)?.id ?? null;
  return { id, step };
}

/** At start-up: opens the document and step of the address, when it names one. True when it did. */
export function restoreLocation(store: RootStore, hash: string): boolean {
  const where = readLocation(hash);
  if (!where) return false;
  store.ui.show({ name: 'document', id: where.id });
  if (where.step) store.wizard.go(where.step);
  return true;
}

/** From now on, writes the open document and step into the address. Returns the function that stops it. */
export function followLocation(store: RootStore, history: Pick<History, 'replaceState'>, location: Pick<Location, 'pathname' | 'search'>) {
  return reaction(
    () => locationHash(store.ui.view.name === 'document' ? store.ui.view.id : null, store.wizard.step),
    (hash) => history.replaceState(null, '', `${location.pathname}${location.search}${hash}`),
  );
}
