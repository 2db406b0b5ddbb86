/**
 * Quitting first flushes any pending save: the first quit request is held, the renderer is asked
 * to save, and the app quits when it reports back. If it reports that saving failed, or does not
 * answer in time, the user is asked whether to quit anyway, so nothing is lost silently.
 */
export interface QuitGuardDeps {
  /** Asks the renderer to save everything (it answers through ready()). */
  requestFlush: () => boolean;
  quit: () => void;
  /** Asks the user; true means quit without saving. */
  confirmDiscard: () => Promise<boolean>;
  timeoutMs: number;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
}

export function createQuitGuard(deps: QuitGuardDeps) {
  let state: 'idle' | 'waiting' | 'quitting' = 'idle';
  let timer: unknown = null;

  async function undecided() {
    if (state !== 'waiting') return;
    if (await deps.confirmDiscard()) {
      state = 'quitting';
      deps.quit();
    } else state = 'idle';
  }

  return {
    get state() {
      return state;
    },
    /** Call from 'before-quit': returns true when the quit must be held (prevented) for now. */
    onBeforeQuit(): boolean {
      if (state === 'quitting') return false;
      if (state === 'waiting') return true;
      // No window to ask: nothing unsaved can be held there.
      if (!deps.requestFlush()) return false;
      state = 'waiting';
      timer = deps.setTimer(() => void undecided(), deps.timeoutMs);
      return true;
    },
    /** The renderer's answer (appQuitReady). */
    ready(saved: boolean): void {
      if (state !== 'waiting') return;
      deps.clearTimer(timer);
      if (saved) {
        state = 'quitting';
        deps.quit();
      } else void undecided();
    },
  };
}
