/**
 * Installs the security policy on Electron objects. The objects are described by the small
 * interfaces below, so tests pass fakes, fire the handlers with fake events, and check the result.
 */
import { allowNavigation, allowPermission, shouldCancelRequest, windowOpenDecision } from './policy';

type Callback<T> = (value: T) => void;

/** The part of Electron's Session we configure. */
export interface SessionLike {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: Callback<boolean>) => void): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
  setSpellCheckerEnabled(enabled: boolean): void;
  webRequest: { onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void };
}

/** The part of Electron's WebContents we configure. */
export interface ContentsLike {
  on(
    event: 'will-navigate' | 'will-redirect' | 'will-attach-webview' | 'will-frame-navigate',
    listener: (event: { preventDefault(): void }, url?: string) => void,
  ): void;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** Permissions denied, requests to anything but the app cancelled, spell-checker (a download) off. */
export function hardenSession(session: SessionLike, devServerOrigin: string | null = null): void {
  session.setPermissionRequestHandler((_wc, permission, callback) => callback(allowPermission(permission)));
  session.setPermissionCheckHandler((_wc, permission) => allowPermission(permission));
  session.setSpellCheckerEnabled(false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: shouldCancelRequest(details.url, devServerOrigin) }));
}

/** Navigation, redirects, webviews and new windows denied for every web contents. */
export function hardenContents(contents: ContentsLike): void {
  const deny = (event: { preventDefault(): void }, url?: string) => {
    if (!allowNavigation(url ?? '')) event.preventDefault();
  };
  contents.on('will-navigate', deny);
  contents.on('will-frame-navigate', deny);
  contents.on('will-redirect', deny);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => windowOpenDecision(url));
}
