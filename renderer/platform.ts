/**
 * The platform, chosen once at start: the desktop app (preload present) or a browser over the
 * loopback bridge. Everything that differs between the two is here, as data; nothing else in
 * the renderer looks at `window.impactwijzer` (but early.ts, which makes the start screen's calls
 * before this module has loaded, and hands their answers to the adapters made here).
 */
import type { Backend, BackendEvents, DocumentChanged, MenuCommand } from '../shared/api';
import { bridgeToken, httpBackend, ipcBackend } from './backend';
import type { Pending } from './early';

declare global {
  interface Window {
    impactwijzer?: Backend & BackendEvents;
  }
}

/** What the platform can do; the UI asks these, never which platform it is. */
export interface Capabilities {
  /** Exports go through a native save dialog (else: a browser download). */
  nativeSaveDialog: boolean;
  /** The application menu's accelerators handle undo and redo (else: the page's own keys). */
  menuAccelerators: boolean;
  /** Reopen the last document at start, as a desktop app does. */
  reopenLastDocument: boolean;
}

export interface Platform {
  kind: 'desktop' | 'browser';
  backend: Backend;
  /** Menu commands and files opened from the system; in the browser nothing sends them. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** A document's file changed on disk (the desktop app's file watcher); the browser looks for itself instead. */
  onDocumentChanged(listener: (change: DocumentChanged) => void): () => void;
  capabilities: Capabilities;
}

/** What a browser page can do: downloads and its own keys. */
export const BROWSER_CAPABILITIES: Capabilities = { nativeSaveDialog: false, menuAccelerators: false, reopenLastDocument: false };
const DESKTOP_CAPABILITIES: Capabilities = { nativeSaveDialog: true, menuAccelerators: true, reopenLastDocument: true };

/** The desktop platform over the preload's object. */
export function desktopPlatform(exposed: Backend & BackendEvents, pending: Pending = {}): Platform {
  return {
    kind: 'desktop',
    backend: ipcBackend(exposed, pending),
    onMenuCommand: (listener) => exposed.onMenuCommand(listener),
    onDocumentChanged: (listener) => exposed.onDocumentChanged(listener),
    capabilities: DESKTOP_CAPABILITIES,
  };
}

/** The browser platform over the loopback bridge. */
export function browserPlatform(backend: Backend): Platform {
  const none = () => () => undefined;
  return { kind: 'browser', backend, onMenuCommand: none, onDocumentChanged: none, capabilities: BROWSER_CAPABILITIES };
}

/** The platform of this page: decided once, here. `pending`: the calls early.ts made already. */
export function pickPlatform(win: Window, pending: Pending = {}): Platform {
  if (win.impactwijzer) return desktopPlatform(win.impactwijzer, pending);
  return browserPlatform(httpBackend(bridgeToken(win.location, win.sessionStorage), fetch, pending));
}
