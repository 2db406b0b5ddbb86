/**
 * Installs the security policy on Electron objects. The objects are described by the small
 * interfaces below (Electron's own Session and WebContents satisfy them), so tests pass fakes
 * that behave like Electron's defaults, fire the handlers with real-shaped arguments and check
 * the result.
 */
import { shouldCancelRequest } from './policy';

type Callback<T> = (value: T) => void;
type Preventable = { preventDefault(): void };

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
    listener: (event: Preventable) => void,
  ): void;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Every permission (camera, location, notifications, …) denied on request and on check: the app
 * needs none. Requests to anything but the app cancelled; the spell-checker (a download) off.
 */
export function hardenSession(session: SessionLike, devServerOrigin: string | null = null): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setSpellCheckerEnabled(false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: shouldCancelRequest(details.url, devServerOrigin) }));
}

/**
 * Navigation, frame navigation, redirects, webviews and new windows denied for every web
 * contents, whatever the URL: the app has one page, loaded once with loadURL (which fires none
 * of these events; nor do a reload or an in-page #anchor).
 */
export function hardenContents(contents: ContentsLike): void {
  const prevent = (event: Preventable) => event.preventDefault();
  contents.on('will-navigate', prevent);
  contents.on('will-frame-navigate', prevent);
  contents.on('will-redirect', prevent);
  contents.on('will-attach-webview', prevent);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
