/**
 * Packaging, as far as it can be proven without the Electron zip: electron-builder's own code
 * checks the configuration and flips the fuses on a stand-in binary, and the app built the way
 * `npm run dist` builds it has what the packaged app loads.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Script } from 'node:vm';
import yaml from 'js-yaml';
import ts from 'typescript';
import { describe, expect, it, onTestFinished } from 'vitest';
import { builtApp } from './built-app';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string; dependencies: Record<string, string> };
const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown> & { icon: string; productName: string };
const built = builtApp();

/** Electron's fuse wire (version 1) in the order of Electron's fuses.json, and the sentinel before it. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const WIRE = [
  'RunAsNode',
  'EnableCookieEncryption',
  'EnableNodeOptionsEnvironmentVariable',
  'EnableNodeCliInspectArguments',
  'EnableEmbeddedAsarIntegrityValidation',
  'OnlyLoadAppFromAsar',
  'LoadBrowserProcessSpecificV8Snapshot',
  'GrantFileProtocolExtraPrivileges',
] as const;
/** How an Electron binary ships: '1' on, '0' off. */
const ELECTRON_DEFAULT = '10110001';

/** A file that looks like an Electron binary to @electron/fuses: filler, sentinel, version 1, length, wire. */
function standInBinary(dir: string, name: string): string {
  const file = join(dir, name);
  writeFileSync(
    file,
    Buffer.concat([Buffer.from('MZ-filler'), Buffer.from(SENTINEL), Buffer.from([1, WIRE.length]), Buffer.from(ELECTRON_DEFAULT)]),
  );
  return file;
}

function readWire(file: string): Record<(typeof WIRE)[number], boolean> {
  const bytes = readFileSync(file);
  const at = bytes.indexOf(SENTINEL) + SENTINEL.length + 2;
  return Object.fromEntries(WIRE.map((name, i) => [name, bytes[at + i] === '1'.charCodeAt(0)])) as Record<(typeof WIRE)[number], boolean>;
}

describe('electron-builder with our configuration', () => {
  it('accepts the configuration (its own validator)', async () => {
    const { validateConfiguration } = await import('app-builder-lib/out/util/config/config.js');
    const { DebugLogger } = await import('builder-util');
    await expect(validateConfiguration(config as never, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('flips the fuses on the packaged binary: no Node mode, NODE_OPTIONS or inspect; only the app from a verified asar', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iw-fuses-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const binary = standInBinary(dir, `${config.productName}.exe`);
    expect(readWire(binary)).toMatchObject({ RunAsNode: true, OnlyLoadAppFromAsar: false });
    // electron-builder's own step after packing (platformPackager.doAddElectronFuses), on the Windows binary.
    const { PlatformPackager } = await import('app-builder-lib');
    const packager = Object.assign(Object.create(PlatformPackager.prototype), {
      info: { config },
      appInfo: { productFilename: config.productName },
    });
    await packager.doAddElectronFuses({ appOutDir: dir, electronPlatformName: 'win32' });
    expect(readWire(binary)).toMatchObject({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      GrantFileProtocolExtraPrivileges: false,
      EnableCookieEncryption: true,
    });
    expect(config.asar).toBe(true);
  });

  it('has an icon large enough for every platform (512 px)', () => {
    const png = readFileSync(config.icon);
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
  });
});

describe('the app as npm run dist builds it', () => {
  it("has package.json's main entry among the built files", () => {
    expect(() => readFileSync(join(built.dir, relative('out', pkg.main)))).not.toThrow();
  });

  it('packages exactly what the built main imports at run time (nothing renderer-only, nothing missing)', () => {
    const main = readFileSync(join(built.dir, 'main', 'index.js'), 'utf8');
    const imported = ts.preProcessFile(main, true, true).importedFiles.map((f) => f.fileName);
    const packages = new Set(
      imported
        .filter((name) => !name.startsWith('.') && !name.startsWith('node:') && !builtinModules.includes(name) && name !== 'electron')
        .map((name) =>
          name
            .split('/')
            .slice(0, name.startsWith('@') ? 2 : 1)
            .join('/'),
        ),
    );
    expect([...packages].sort()).toEqual(Object.keys(pkg.dependencies).sort());
  });

  it('builds a preload the sandbox can run: a CommonJS script, not a module', () => {
    const preload = readFileSync(join(built.dir, 'preload', 'preload.cjs'), 'utf8');
    expect(() => new Script(preload)).not.toThrow();
  });

  it('builds the renderer page', () => {
    expect(() => readFileSync(join(built.dir, 'renderer', 'index.html'))).not.toThrow();
  });
});
