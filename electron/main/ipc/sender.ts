/** What main knows of the frame that sent an IPC message. */
export interface SenderInfo {
  /** webContents id of the sender. */
  webContentsId: number;
  /** The sending frame, or null when it is gone. */
  frame: unknown;
  /** URL of the sending frame. */
  frameUrl: string;
}

/** What main knows of its own window. */
export interface OwnWindow {
  webContentsId: number;
  mainFrame: unknown;
  /** Origin the app is served from, e.g. "app://impactwijzer". */
  appOrigin: string;
}

/**
 * Only our own window's main frame, showing our own page, may call the backend: not a subframe,
 * not another window, not a page that was navigated elsewhere.
 */
export function isTrustedSender(sender: SenderInfo, own: OwnWindow | null): boolean {
  if (!own) return false;
  if (sender.webContentsId !== own.webContentsId) return false;
  if (sender.frame === null || sender.frame === undefined || sender.frame !== own.mainFrame) return false;
  let url: URL;
  try {
    url = new URL(sender.frameUrl);
  } catch {
    return false;
  }
  return url.origin === own.appOrigin || `${url.protocol}//${url.host}` === own.appOrigin;
}
