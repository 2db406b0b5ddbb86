import { watch as fsWatch, type FSWatcher } from 'node:fs';
import { idOfFileName } from './layout';

/** Changes of one file come in bursts (a write, then a rename into place): they are told once, this long after the last. */
export const WATCH_DEBOUNCE_MS = 300;

export interface WatchDeps {
  watch?: (dir: string, listener: (event: string, fileName: string | null) => void) => Pick<FSWatcher, 'close' | 'on'>;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/**
 * Watches the workspace folder and tells, per document id, that its file changed on disk
 * (debounced). Whether it really differs from what a window saved is for the window to find out
 * (its revision against the one on disk). A folder that cannot be watched is not watched: the
 * renderer still compares on focus. Returns a function that stops watching.
 */
export function watchDocuments(dir: string, onChange: (id: string) => void, deps: WatchDeps = {}): () => void {
  const watch = deps.watch ?? ((d, listener) => fsWatch(d, { persistent: false }, (event, name) => listener(event, name)));
  const setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = deps.clearTimer ?? ((timer) => clearTimeout(timer as NodeJS.Timeout));
  const timers = new Map<string, unknown>();
  let watcher: Pick<FSWatcher, 'close' | 'on'> | null = null;
  try {
    watcher = watch(dir, (_event, fileName) => {
      const id = fileName ? idOfFileName(fileName) : null;
      if (!id) return;
      if (timers.has(id)) clearTimer(timers.get(id));
      timers.set(
        id,
        setTimer(() => {
          timers.delete(id);
          onChange(id);
        }, WATCH_DEBOUNCE_MS),
      );
    });
    watcher.on('error', () => undefined);
  } catch (err) {
    console.warn('[impactwijzer] workspace not watched:', err);
  }
  return () => {
    for (const timer of timers.values()) clearTimer(timer);
    timers.clear();
    watcher?.close();
  };
}
