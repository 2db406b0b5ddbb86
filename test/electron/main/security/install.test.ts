import { describe, expect, it } from 'vitest';
import { hardenContents, hardenSession } from '../../../../electron/main/security/install';
import { fakeContents, fakeSession } from './fakes';

const HOSTILE = [
  'https://evil.example/',
  'http://127.0.0.1:9222/json',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'app://impactwijzer.evil/',
  'data:text/html,<script>x</script>',
  'chrome://gpu',
  'app://impactwijzer/index.html',
];

describe('the session, hardened', () => {
  const fake = fakeSession();
  hardenSession(fake.session);

  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'display-capture',
    'openExternal',
    'fullscreen',
    'usb',
    'hid',
    'serial',
    'unknown',
  ])('denies %s, on request and on check', (permission) => {
    expect(fake.request(permission)).toBe(false);
    expect(fake.check(permission)).toBe(false);
  });

  it.each(HOSTILE.filter((u) => !u.startsWith('app://impactwijzer/') && !u.startsWith('data:')))('cancels the request to %s', (url) => {
    expect(fake.cancelled(url)).toBe(true);
  });

  it('lets the app load its own files, and turns the spell-checker (a download) off', () => {
    expect(fake.cancelled('app://impactwijzer/assets/index.js')).toBe(false);
    expect(fake.spell()).toBe(false);
  });
});

describe('every web contents, hardened', () => {
  it('listens for navigation, frame navigation, redirects and webviews', () => {
    const fake = fakeContents();
    hardenContents(fake.contents);
    expect(fake.events()).toEqual(['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect']);
  });

  it.each(HOSTILE)('prevents navigating or redirecting to %s, and opening it in a window', (url) => {
    const fake = fakeContents();
    hardenContents(fake.contents);
    expect(fake.prevented('will-navigate', url)).toBe(true);
    expect(fake.prevented('will-frame-navigate', url)).toBe(true);
    expect(fake.prevented('will-redirect', url)).toBe(true);
    expect(fake.open(url)).toEqual({ action: 'deny' });
  });

  it('prevents attaching a webview', () => {
    const fake = fakeContents();
    hardenContents(fake.contents);
    expect(fake.prevented('will-attach-webview')).toBe(true);
  });
});
