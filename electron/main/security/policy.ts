/**
 * The app is offline and single-page: it never navigates, opens windows, asks permissions or
 * loads anything but its own files. These pure functions decide which URLs are the app's own;
 * install.ts denies navigation, windows and permissions outright; index.ts wires both.
 */

/** The scheme and host the packaged renderer is served from. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'impactwijzer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Whether a URL is one of the app's own resources (or the dev server in development). */
export function isOwnResource(url: string, devServerOrigin: string | null = null): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.username || parsed.password) return false;
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  if (devServerOrigin && parsed.origin === devServerOrigin) return true;
  // Inline images the app draws itself (charts) and DevTools' own pages.
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
  if (parsed.protocol === 'devtools:') return true;
  return false;
}

/** Every request to anything but the app's own resources is cancelled. */
export function shouldCancelRequest(url: string, devServerOrigin: string | null = null): boolean {
  return !isOwnResource(url, devServerOrigin);
}

/**
 * Maps an app:// URL to a file under the renderer root, or null when it would leave the root or
 * is not an app URL. `sep` and `resolve` are injected so this stays pure and testable.
 */
export function resolveAppPath(url: string, root: string, resolve: (...parts: string[]) => string, sep: string): string | null {
  const parsed = parse(url);
  if (!parsed || parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const full = resolve(root, relative);
  const rootWithSep = root.endsWith(sep) ? root : root + sep;
  return full.startsWith(rootWithSep) ? full : null;
}
