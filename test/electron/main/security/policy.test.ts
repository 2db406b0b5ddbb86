import { resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOwnResource, resolveAppPath, shouldCancelRequest } from '../../../../electron/main/security/policy';

const hostileUrls = [
  'https://example.com/',
  'http://127.0.0.1:5199/api/workspaceList',
  'http://localhost/',
  'file:///etc/passwd',
  'file:///C:/Windows/System32/',
  'javascript:alert(1)',
  'app://evil/index.html',
  'app://impactwijzer.evil.com/index.html',
  'app://user:pass@impactwijzer/index.html',
  'ws://127.0.0.1:9229/',
  'chrome://settings',
  'chrome-extension://abc/x.js',
  'ftp://example.com/',
  'https://impactwijzer/',
  '//example.com',
  '',
  'not a url',
];

describe('requests', () => {
  it.each(hostileUrls)('cancels %s', (url) => {
    expect(shouldCancelRequest(url)).toBe(true);
  });

  it.each([
    'app://impactwijzer/index.html',
    'app://impactwijzer/assets/index-abc.js',
    'data:image/png;base64,AAAA',
    'devtools://devtools/bundled/x.html',
  ])('lets the app load its own resource %s', (url) => {
    expect(shouldCancelRequest(url)).toBe(false);
    expect(isOwnResource(url)).toBe(true);
  });

  it('allows the dev server only when it is named', () => {
    expect(shouldCancelRequest('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(shouldCancelRequest('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(false);
    expect(shouldCancelRequest('http://localhost:5174/x', 'http://localhost:5173')).toBe(true);
  });
});

describe('resolveAppPath', () => {
  const root = resolve('/srv/app/renderer');
  const r = (url: string) => resolveAppPath(url, root, resolve, sep);

  it('maps app URLs into the renderer folder', () => {
    expect(r('app://impactwijzer/')).toBe(resolve(root, 'index.html'));
    expect(r('app://impactwijzer/index.html')).toBe(resolve(root, 'index.html'));
    expect(r('app://impactwijzer/assets/a%20b.js')).toBe(resolve(root, 'assets/a b.js'));
  });

  it.each([
    'app://impactwijzer/../../etc/passwd',
    'app://impactwijzer/%2e%2e/%2e%2e/etc/passwd',
    'app://impactwijzer/a/%2e%2e/%2e%2e/%2e%2e/x',
  ])('keeps dot segments inside the root for %s (the URL parser folds them first)', (url) => {
    const path = r(url);
    expect(path === null || path.startsWith(root + sep)).toBe(true);
    expect(path).not.toBe(resolve('/etc/passwd'));
  });

  it.each([
    'app://impactwijzer/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://impactwijzer/..%2f..%2f..%2f..%2fetc%2fpasswd',
    'app://impactwijzer/%00index.html',
    'app://impactwijzer/..%5c..%5cwindows',
    'app://impactwijzer/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://impactwijzer/index.html',
  ])('refuses %s', (url) => {
    expect(r(url)).toBeNull();
  });
});
