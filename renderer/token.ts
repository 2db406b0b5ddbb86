/** The loopback bridge's token (browser only): its own module, so the page's first code (early.ts) needs nothing else. */
const TOKEN_KEY = 'impactwijzer.token';

/** The bridge token: from the URL on first load, then from session storage (survives reloads). */
export function bridgeToken(location: Pick<Location, 'search'>, storage: Storage): string {
  const fromUrl = new URLSearchParams(location.search).get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY) ?? '';
}
