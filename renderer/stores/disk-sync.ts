/**
 * Other writers' changes, seen from the open document: a change on disk noticed (a file watcher
 * in the desktop app, focus and an interval in the browser) and the user's choice between both
 * values of a field. The merge itself happens where a save meets a newer revision (the store's write).
 */
import { runInAction } from 'mobx';
import type { Backend } from '../../shared/api';
import type { Side } from '../../shared/model/merge';
import type { AssessmentStore } from './assessment-store';
import type { Clock } from './clock';
import { applyChoices } from './merge-on-conflict';

/**
 * Compares the revision on disk with the one this window works on. Without local edits the new
 * version is loaded (a short notice says so); with them they are saved, and the save merges three ways.
 */
export async function compareWithDisk(
  store: AssessmentStore,
  backend: Pick<Backend, 'workspaceRevision' | 'workspaceOpen'>,
): Promise<void> {
  const id = store.document?.id;
  if (!id) return;
  await store.writesSettled();
  const { revision } = await backend.workspaceRevision({ id });
  if (revision === null || store.document?.id !== id || revision === store.disk.revision) return;
  if (store.unsaved) return store.flush();
  const opened = await backend.workspaceOpen({ id });
  runInAction(() => {
    // An edit made meanwhile is saved by its own timer, and that save merges.
    if (store.document?.id !== id || store.unsaved || opened.revision === store.disk.revision) return;
    store.adopt(opened.document, opened.revision);
    store.disk.tell('reloaded');
  });
}

/** Puts the chosen values in the document as one edit and saves; a further conflict loops back to the choice. */
export async function applyChoice(store: AssessmentStore, choices: Record<string, Side>): Promise<void> {
  if (!store.document) return;
  const choice = store.disk.take();
  if (!choice) return;
  store.edit('merge-choice', (document) => applyChoices(document, choice.conflicts, choices));
  store.disk.tell('applied');
  await store.flush();
}

/** How often the browser looks at the disk while the page is visible. */
export const DISK_CHECK_INTERVAL_MS = 5000;

/**
 * The browser has no file watcher: the open document is compared with the disk when the window
 * gets focus, when the page becomes visible, and every DISK_CHECK_INTERVAL_MS while visible.
 * Returns a function that stops it.
 */
export function watchDisk(win: Window, store: Pick<AssessmentStore, 'checkDisk'>, clock: Clock): () => void {
  const check = () => void store.checkDisk().catch(() => undefined);
  const onVisibility = () => {
    if (win.document.visibilityState === 'visible') check();
  };
  let timer: unknown = null;
  const tick = () => {
    if (win.document.visibilityState === 'visible') check();
    timer = clock.setTimeout(tick, DISK_CHECK_INTERVAL_MS);
  };
  timer = clock.setTimeout(tick, DISK_CHECK_INTERVAL_MS);
  win.addEventListener('focus', check);
  win.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    clock.clearTimeout(timer);
    win.removeEventListener('focus', check);
    win.document.removeEventListener('visibilitychange', onVisibility);
  };
}
