/**
 * Electron's security checklist (electronjs.org/docs/latest/tutorial/security), item by item,
 * each proven without launching Electron: the same functions main uses, the built files, the
 * packaging configuration.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../../electron/main/ipc/sender';
import { CONTENT_SECURITY_POLICY, parseCsp } from '../../../../electron/backend/csp';
import { FUSES } from '../../../../electron/main/security/fuses';
import { hardenContents, hardenSession } from '../../../../electron/main/security/install';
import { APP_ORIGIN, resolveAppPath } from '../../../../electron/main/security/policy';
import { buildWindowOptions } from '../../../../electron/main/window';
import { fakeContents, fakeSession } from './fakes';

const options = buildWindowOptions('/app/out/preload/preload.cjs', null);
const mainSource = readFileSync('electron/main/index.ts', 'utf8');
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) =>
    statSync(join(dir, n)).isDirectory() ? sources(join(dir, n)) : /\.(ts|tsx)$/.test(n) ? [join(dir, n)] : [],
  );
}
const allSource = [...sources('electron'), ...sources('renderer')].map((f) => readFileSync(f, 'utf8')).join('\n');

describe('Electron security checklist', () => {
  it('1. only secure content: the app loads from its own secure scheme, never http', () => {
    expect(mainSource).toContain('win.loadURL(`${APP_ORIGIN}/index.html`)');
    expect(mainSource).toMatch(/privileges: \{ standard: true, secure: true/);
    expect(allSource).not.toMatch(/loadURL\(['"`]http/);
  });

  it('2. no Node.js integration for any content', () => {
    expect(options.webPreferences).toMatchObject({
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('3. context isolation on', () => {
    expect(options.webPreferences.contextIsolation).toBe(true);
  });

  it('4. process sandboxing on, for every renderer', () => {
    expect(options.webPreferences.sandbox).toBe(true);
    expect(mainSource).toContain('app.enableSandbox();');
  });

  it('5. permission requests handled: all denied', () => {
    const fake = fakeSession();
    hardenSession(fake.session);
    expect(fake.request('media')).toBe(false);
    expect(mainSource).toContain('hardenSession(session.defaultSession)');
  });

  it('6. webSecurity not disabled', () => {
    expect(options.webPreferences.webSecurity).toBe(true);
    expect(allSource).not.toMatch(/webSecurity:\s*false/);
  });

  it('7. a Content-Security-Policy, in the page and as a header', () => {
    const built = readFileSync('out/renderer/index.html', 'utf8');
    expect(built).toContain('http-equiv="Content-Security-Policy"');
    expect(parseCsp(CONTENT_SECURITY_POLICY).get('script-src')).toEqual(["'self'"]);
    expect(mainSource).toContain("headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY)");
  });

  it('8. allowRunningInsecureContent off', () => {
    expect(options.webPreferences.allowRunningInsecureContent).toBe(false);
  });

  it('9. experimental features off', () => {
    expect(options.webPreferences.experimentalFeatures).toBe(false);
  });

  it('10. no enableBlinkFeatures', () => {
    expect('enableBlinkFeatures' in options.webPreferences).toBe(false);
    expect(allSource).not.toContain('enableBlinkFeatures');
  });

  it('11–12. no <webview>: the tag is off and attaching one is prevented', () => {
    expect(options.webPreferences.webviewTag).toBe(false);
    const fake = fakeContents();
    hardenContents(fake.contents);
    expect(fake.prevented('will-attach-webview')).toBe(true);
  });

  it('13. navigation disabled', () => {
    const fake = fakeContents();
    hardenContents(fake.contents);
    expect(fake.prevented('will-navigate', 'https://example.com')).toBe(true);
    expect(mainSource).toContain("app.on('web-contents-created', (_event, contents) => hardenContents(contents))");
  });

  it('14. new windows disabled', () => {
    const fake = fakeContents();
    hardenContents(fake.contents);
    expect(fake.open('https://example.com')).toEqual({ action: 'deny' });
  });

  it('15. shell.openExternal is never called with content from the page', () => {
    expect(allSource).not.toMatch(/openExternal\(/);
  });

  it('16. a current Electron', () => {
    const version = JSON.parse(readFileSync('package.json', 'utf8')).devDependencies.electron as string;
    expect(Number(version.split('.')[0])).toBeGreaterThanOrEqual(40);
  });

  it('17. the sender of every IPC message is validated', () => {
    const mainFrame = {};
    expect(
      isTrustedSender({ webContentsId: 1, frame: {}, frameUrl: `${APP_ORIGIN}/` }, { webContentsId: 1, mainFrame, appOrigin: APP_ORIGIN }),
    ).toBe(false);
    expect(mainSource).toMatch(/if \(!isTrustedSender\(sender, own\)\) return/);
  });

  it('18. a custom protocol, not file://, serving only the renderer folder', () => {
    expect(resolveAppPath(`${APP_ORIGIN}/../../etc/passwd`, '/srv/r', resolve, '/')).not.toBe('/etc/passwd');
    expect(mainSource).not.toMatch(/loadFile\(|loadURL\(['"`]file:/);
  });

  it('19. fuses: Node, NODE_OPTIONS and inspect off, only the app from asar, asar integrity on — applied at packaging', () => {
    expect(FUSES).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
    const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>;
    expect(config.electronFuses).toEqual(FUSES);
    expect(config.asar).toBe(true);
  });

  it('20. no Electron API exposed to the page: the preload exposes the contract only', () => {
    const preload = readFileSync('electron/preload/preload.ts', 'utf8');
    expect(preload.match(/exposeInMainWorld/g)).toHaveLength(1);
    expect(preload).toContain("exposeInMainWorld(\n  'impactwijzer',\n  buildExposedApi(");
    if (existsSync('out/preload/preload.cjs'))
      expect(readFileSync('out/preload/preload.cjs', 'utf8')).not.toMatch(
        /exposeInMainWorld\(["']ipcRenderer|exposeInMainWorld\(["']electron/,
      );
  });
});
