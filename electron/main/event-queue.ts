/**
 * Events main sends to the renderer (menu commands, files opened from the system) are held
 * back until the renderer says it listens (the `rendererReady` call), then sent in order. A
 * reload or a new window starts deaf again, so nothing is sent into a page that cannot hear it.
 */
export interface EventQueue<E> {
  /** Sends now when the renderer listens, else holds the event. False when there is no window at all. */
  send(event: E): boolean;
  /** The renderer listens: everything held back goes out, in order. */
  ready(): void;
  /** The page is (re)loading or the window is gone: hold events again. */
  reset(): void;
  /** Whether the renderer listens. */
  readonly listening: boolean;
}

/** A queue over a `deliver` function that returns false when there is no window to deliver to. */
export function createEventQueue<E>(deliver: (event: E) => boolean, limit = 50): EventQueue<E> {
  let listening = false;
  const held: E[] = [];
  return {
    send(event) {
      if (listening) return deliver(event);
      // Keep the newest events if the renderer never starts listening.
      if (held.length >= limit) held.shift();
      held.push(event);
      return true;
    },
    ready() {
      listening = true;
      while (held.length > 0) deliver(held.shift()!);
    },
    reset() {
      listening = false;
    },
    get listening() {
      return listening;
    },
  };
}
