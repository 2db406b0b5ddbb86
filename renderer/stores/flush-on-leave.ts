import type { AssessmentStore } from './assessment-store';

/**
 * Saves at once, besides the autosave's own timing, when the user leaves the window (blur), the
 * page is hidden (another tab, minimised) or unloaded (pagehide): the moments after which a crash
 * or a closed tab would otherwise lose the last edits. Returns a function that stops listening.
 */
export function flushOnLeave(win: Window, store: Pick<AssessmentStore, 'flush'>): () => void {
  const flush = () => void store.flush();
  const onVisibility = () => {
    if (win.document.visibilityState === 'hidden') flush();
  };
  win.addEventListener('blur', flush);
  win.addEventListener('pagehide', flush);
  win.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    win.removeEventListener('blur', flush);
    win.removeEventListener('pagehide', flush);
    win.document.removeEventListener('visibilitychange', onVisibility);
  };
}
