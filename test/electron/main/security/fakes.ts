import type { ContentsLike, SessionLike } from '../../../../electron/main/security/install';

/** A fake session that records the handlers main installs, so the test can fire them. */
export function fakeSession() {
  const handlers: Record<string, (...args: never[]) => unknown> = {};
  let spell: boolean | null = null;
  const session: SessionLike = {
    setPermissionRequestHandler: (h) => (handlers.request = h as never),
    setPermissionCheckHandler: (h) => (handlers.check = h as never),
    setSpellCheckerEnabled: (v) => (spell = v),
    webRequest: { onBeforeRequest: (h) => (handlers.beforeRequest = h as never) },
  };
  return {
    session,
    spell: () => spell,
    request(permission: string): boolean {
      let granted: boolean | null = null;
      (handlers.request as unknown as (wc: unknown, p: string, cb: (v: boolean) => void) => void)({}, permission, (v) => (granted = v));
      return granted!;
    },
    check: (permission: string) => (handlers.check as unknown as (wc: unknown, p: string) => boolean)({}, permission),
    cancelled(url: string): boolean {
      let cancel: boolean | null = null;
      (handlers.beforeRequest as unknown as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void)(
        { url },
        (r) => (cancel = r.cancel),
      );
      return cancel!;
    },
  };
}

/** A fake web contents; fire(event, url) says whether the handler prevented it. */
export function fakeContents() {
  const listeners: Record<string, (event: { preventDefault(): void }, url?: string) => void> = {};
  let openHandler: ((d: { url: string }) => { action: string }) | null = null;
  const contents: ContentsLike = {
    on: (event, listener) => (listeners[event] = listener),
    setWindowOpenHandler: (h) => (openHandler = h),
  };
  return {
    contents,
    events: () => Object.keys(listeners).sort(),
    prevented(event: string, url?: string): boolean {
      let prevented = false;
      listeners[event]!({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    },
    open: (url: string) => openHandler!({ url }),
  };
}
