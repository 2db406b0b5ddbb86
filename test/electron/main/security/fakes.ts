/**
 * Fakes of Electron's Session and WebContents that behave like Electron's defaults where nothing
 * is installed: a permission is granted, a navigation or redirect proceeds, a new window opens, a
 * request goes out. So a test fails when a handler is missing, not only when it answers wrongly.
 * Events are fired with the argument shapes Electron uses.
 */
import { EventEmitter } from 'node:events';

type PermissionRequestHandler = (webContents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
type PermissionCheckHandler = (webContents: unknown, permission: string, requestingOrigin: string, details: unknown) => boolean;
type BeforeRequest = (details: { url: string; method: string; resourceType: string }, callback: (r: { cancel?: boolean }) => void) => void;

/** An Electron-style event: `preventDefault()` records that a handler refused. */
export function electronEvent<T extends object>(params: T): T & { preventDefault(): void; defaultPrevented: boolean } {
  const event = {
    ...params,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

/** Electron's Session, as far as main configures it. */
export class FakeSession {
  private requestHandler: PermissionRequestHandler | null = null;
  private checkHandler: PermissionCheckHandler | null = null;
  private beforeRequest: BeforeRequest | null = null;
  spellCheckerEnabled = true;
  readonly webRequest = {
    onBeforeRequest: (listener: BeforeRequest | null) => {
      this.beforeRequest = listener;
    },
  };

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.requestHandler = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.checkHandler = handler;
  }

  setSpellCheckerEnabled(enabled: boolean): void {
    this.spellCheckerEnabled = enabled;
  }

  /** A page asks for a permission; resolves to what the callback received (Electron grants without a handler). */
  requestPermission(webContents: FakeWebContents, permission: string): Promise<boolean> {
    const handler = this.requestHandler;
    if (!handler) return Promise.resolve(true);
    return new Promise((resolve) =>
      handler(webContents, permission, resolve, {
        requestingUrl: webContents.getURL(),
        isMainFrame: true,
        externalURL: 'https://evil.example/',
      }),
    );
  }

  /** A page checks a permission (Electron answers true without a handler). */
  checkPermission(webContents: FakeWebContents | null, permission: string): boolean {
    if (!this.checkHandler) return true;
    return this.checkHandler(webContents, permission, 'https://evil.example', {
      isMainFrame: true,
      requestingUrl: 'https://evil.example/',
    });
  }

  /** A request leaves the page; whether it is cancelled (Electron lets it through without a listener). */
  cancels(url: string): boolean {
    if (!this.beforeRequest) return false;
    let cancel = false;
    this.beforeRequest({ url, method: 'GET', resourceType: 'script' }, (r) => (cancel = r.cancel === true));
    return cancel;
  }
}

/** Electron's WebContents, as far as main and the security policy use it. */
export class FakeWebContents extends EventEmitter {
  private static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly mainFrame = { url: '' };
  readonly sent: [string, unknown][] = [];
  private openHandler: ((details: { url: string }) => { action: string }) | null = null;

  getURL(): string {
    return this.mainFrame.url;
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }

  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }

  /** The page navigates (a link, `location.href = …`); whether the navigation goes ahead. */
  navigate(url: string): boolean {
    const event = electronEvent({ url, isSameDocument: false, isMainFrame: true, frame: this.mainFrame, initiator: this.mainFrame });
    this.emit('will-navigate', event, url, false, true, 1, 1);
    return !event.defaultPrevented;
  }

  /** A (sub)frame navigates; Electron passes one argument, the URL is on the event. */
  navigateFrame(url: string): boolean {
    const event = electronEvent({ url, isSameDocument: false, isMainFrame: false, frame: {}, initiator: this.mainFrame });
    this.emit('will-frame-navigate', event);
    return !event.defaultPrevented;
  }

  /** The server redirects a navigation; whether the redirect is followed. */
  redirect(url: string): boolean {
    const event = electronEvent({ url, isSameDocument: false, isMainFrame: true, frame: this.mainFrame, initiator: this.mainFrame });
    this.emit('will-redirect', event, url, false, true, 1, 1);
    return !event.defaultPrevented;
  }

  /** The page adds a `<webview src=url>`; whether it is attached. */
  attachWebview(url: string): boolean {
    const event = electronEvent({});
    this.emit('will-attach-webview', event, { nodeIntegration: true }, { src: url });
    return !event.defaultPrevented;
  }

  /** `window.open(url)` in the page; what the handler decides (Electron opens it without one). */
  windowOpen(url: string): string {
    if (!this.openHandler) return 'allow';
    const details = {
      url,
      frameName: '',
      features: 'nodeIntegration=yes',
      disposition: 'new-window',
      referrer: { url: '', policy: 'default' },
    };
    return this.openHandler(details).action;
  }
}
