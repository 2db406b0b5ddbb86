import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
interface BuilderConfig {
  appId: string;
  productName: string;
  icon: string;
  publish: unknown;
  win: { target: string[] };
  mac: { target: string[] };
  linux: { target: string[] };
  fileAssociations: { ext: string; role: string }[];
}
const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;

describe('packaging for Windows, macOS and Linux', () => {
  it('electron-builder accepts the configuration (its own validator)', async () => {
    const { validateConfiguration } = await import('app-builder-lib/out/util/config/config.js');
    const { DebugLogger } = await import('builder-util');
    await expect(validateConfiguration(config as never, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('builds nsis and portable, dmg, AppImage and deb, with app id, product name, icon and the file association', () => {
    expect(config.appId).toBe('nl.impactwijzer.app');
    expect(config.productName).toBe('Impactwijzer');
    expect(config.win.target).toEqual(['nsis', 'portable']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.fileAssociations[0]).toMatchObject({ ext: 'impactwijzer', role: 'Editor' });
    expect(existsSync(config.icon)).toBe(true);
    const png = readFileSync(config.icon);
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(config.publish).toBeNull();
  });

  it('keeps renderer-only libraries out of the packaged dependencies', () => {
    const runtime = Object.keys(pkg.dependencies).sort();
    expect(runtime).toEqual(['electron-store', 'write-file-atomic', 'zod']);
    for (const lib of ['react', 'react-dom', 'mobx', 'mobx-react-lite', 'jspdf']) expect(pkg.devDependencies[lib], lib).toBeDefined();
  });

  it('electron-vite builds main (ESM), a CommonJS preload and the renderer', () => {
    execFileSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build', '--logLevel', 'error'], { stdio: 'pipe' });
    const main = readFileSync('out/main/index.js', 'utf8');
    const preload = readFileSync('out/preload/preload.cjs', 'utf8');
    expect(main).toContain('requestSingleInstanceLock');
    expect(main).not.toContain('startBridge');
    expect(preload).toMatch(/require\(["']electron["']\)/);
    expect(preload).not.toMatch(/^import /m);
    expect(preload).not.toMatch(/require\(["']zod|ZodError|z\.object/);
    expect(existsSync('out/renderer/index.html')).toBe(true);
  }, 120_000);
});
