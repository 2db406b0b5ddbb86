import { describe, expect, it } from 'vitest';
import { buildWindowOptions } from '../../../electron/main/window';

describe('buildWindowOptions', () => {
  it('isolates and sandboxes the page, with no Node anywhere and no webview', () => {
    const { webPreferences } = buildWindowOptions('/app/preload.cjs', null);
    expect(webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
    });
  });

  it('restores remembered bounds and has sensible defaults without them', () => {
    const fresh = buildWindowOptions('/p', null);
    expect(fresh.width).toBeGreaterThanOrEqual(1024);
    expect(fresh.x).toBeUndefined();
    const restored = buildWindowOptions('/p', { x: 40, y: 50, width: 1000, height: 700 });
    expect(restored).toMatchObject({ x: 40, y: 50, width: 1000, height: 700 });
  });

  it('has no option that weakens security, whatever the bounds', () => {
    for (const bounds of [null, { x: -5000, y: 0, width: 320, height: 240 }]) {
      const json = JSON.stringify(buildWindowOptions('/p', bounds));
      expect(json).not.toMatch(/"(nodeIntegration|webviewTag|allowRunningInsecureContent)":true/);
      expect(json).not.toMatch(/"(contextIsolation|sandbox|webSecurity)":false/);
    }
  });
});
