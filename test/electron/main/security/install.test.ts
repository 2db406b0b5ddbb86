/**
 * The security policy as Electron applies it: installed on fakes that behave like Electron's
 * defaults (grant, navigate, open, load), then fired with real-shaped requests, navigations and
 * window.open calls. Each case fails when the handler is missing or answers wrongly.
 */
import { describe, expect, it } from 'vitest';
import { hardenContents, hardenSession } from '../../../../electron/main/security/install';
import { FakeSession, FakeWebContents } from './fakes';

const PERMISSIONS = [
  'media',
  'geolocation',
  'notifications',
  'midi',
  'midiSysex',
  'pointerLock',
  'fullscreen',
  'openExternal',
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'hid',
  'serial',
  'usb',
  'unknown',
];

const FOREIGN = [
  'https://evil.example/',
  'http://127.0.0.1:9222/json',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'app://impactwijzer.evil/',
  'app://user:pass@impactwijzer/index.html',
  'chrome://gpu',
];
const OWN = 'app://impactwijzer/index.html';

function hardened(devServerOrigin: string | null = null) {
  const session = new FakeSession();
  hardenSession(session, devServerOrigin);
  const contents = new FakeWebContents();
  contents.mainFrame.url = OWN;
  hardenContents(contents);
  return { session, contents };
}

describe('the fakes behave like Electron before hardening, so the cases below can fail', () => {
  it('grants, loads, navigates, attaches and opens', async () => {
    const session = new FakeSession();
    const contents = new FakeWebContents();
    await expect(session.requestPermission(contents, 'media')).resolves.toBe(true);
    expect(session.checkPermission(contents, 'media')).toBe(true);
    expect(session.cancels('https://evil.example/')).toBe(false);
    expect(session.spellCheckerEnabled).toBe(true);
    expect([contents.navigate(FOREIGN[0]!), contents.redirect(FOREIGN[0]!), contents.navigateFrame(FOREIGN[0]!)]).toEqual([
      true,
      true,
      true,
    ]);
    expect(contents.attachWebview(FOREIGN[0]!)).toBe(true);
    expect(contents.windowOpen(FOREIGN[0]!)).toBe('allow');
  });
});

describe('a hardened session', () => {
  it.each(PERMISSIONS)('a page requesting %s gets false in its callback, and false on a check', async (permission) => {
    const { session, contents } = hardened();
    await expect(session.requestPermission(contents, permission)).resolves.toBe(false);
    expect(session.checkPermission(contents, permission)).toBe(false);
    expect(session.checkPermission(null, permission)).toBe(false);
  });

  it.each(FOREIGN)('cancels a request to %s', (url) => {
    expect(hardened().session.cancels(url)).toBe(true);
  });

  it("lets the app's own files and its inline images load", () => {
    const { session } = hardened();
    expect(session.cancels('app://impactwijzer/assets/index-abc.js')).toBe(false);
    expect(session.cancels('data:image/png;base64,AAAA')).toBe(false);
  });

  it('lets the dev server through only when it is the one named', () => {
    expect(hardened().session.cancels('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(hardened('http://localhost:5173').session.cancels('http://localhost:5173/src/main.tsx')).toBe(false);
    expect(hardened('http://localhost:5173').session.cancels('http://localhost:5174/x')).toBe(true);
  });

  it('turns the spell-checker (a dictionary download) off', () => {
    expect(hardened().session.spellCheckerEnabled).toBe(false);
  });
});

describe('hardened web contents', () => {
  it.each([...FOREIGN, OWN])('does not navigate, frame-navigate or redirect to %s', (url) => {
    const { contents } = hardened();
    expect(contents.navigate(url)).toBe(false);
    expect(contents.navigateFrame(url)).toBe(false);
    expect(contents.redirect(url)).toBe(false);
  });

  it.each([...FOREIGN, OWN])('denies window.open(%s)', (url) => {
    expect(hardened().contents.windowOpen(url)).toBe('deny');
  });

  it('does not attach a webview, even one asking for Node', () => {
    expect(hardened().contents.attachWebview(OWN)).toBe(false);
  });
});
