/**
 * The moment the start screen is usable: it shows the workspace's document list (or says it could
 * not load it). The startup benchmark reads the `impactwijzer:ready` mark; start-up work that the
 * start screen does not need (the crash journal's worker, telling main that the renderer listens)
 * waits for `startScreenReady`.
 */
let resolve: () => void = () => undefined;

/** Settles once, when the start screen first showed its list. */
export const startScreenReady = new Promise<void>((done) => {
  resolve = done;
});

export function markStartScreenReady(): void {
  if (!performance.getEntriesByName('impactwijzer:ready').length) performance.mark('impactwijzer:ready');
  resolve();
}
