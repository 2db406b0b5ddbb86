import { spawnSync } from 'node:child_process';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { run } from '../../electron/cli';
import { tempDir } from '../helpers';

/** The real command, as a user runs it after npm install. */
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['electron/bin.mjs', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The same entry point as electron/bin.mjs (main of electron/cli.ts, which prints and exits),
 * bundled once into plain JavaScript so each run starts in milliseconds instead of compiling
 * TypeScript through tsx every time. import.meta.url is the source's, so paths resolve as in the repo.
 */
async function bundledCli(dir: string): Promise<(...args: string[]) => { code: number | null; stdout: string; stderr: string }> {
  const outfile = join(dir, 'cli.mjs');
  const source = pathToFileURL(resolve('electron/cli.ts')).href;
  await build({
    stdin: {
      contents: "import { main } from './electron/cli.ts'; await main(process.argv.slice(2));",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error',
    define: { 'import.meta.url': JSON.stringify(source) },
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  return (...args) => {
    const r = spawnSync(process.execPath, [outfile, ...args], { encoding: 'utf8' });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
}

describe('the impactwijzer command, as a process', () => {
  it('prints help and version', () => {
    expect(cli('--help')).toMatchObject({ code: 0, stdout: expect.stringContaining('Gebruik: impactwijzer <opdracht>') });
    expect(cli('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('writes the example, validates it, and finds what the critical friend finds', async () => {
    const dir = await tempDir();
    const out = join(dir, 'voorbeeld.json');
    expect(cli('example', '--out', out).code).toBe(0);
    const v = cli('validate', out);
    expect(v.code).toBe(0);
    expect(v.stdout.trim().split('\n')).toHaveLength(1);
    expect(v.stdout).toMatch(/^Geldig: "Voorbeeld: Medtech-logistiek Heerlen"/);
    const check = cli('check', out, '--json');
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).length).toBeGreaterThan(0);
  });

  it('never prints a stack trace, whatever it is given', async () => {
    const dir = await tempDir();
    const cli = await bundledCli(dir);
    await writeFile(join(dir, 'bin.json'), Buffer.from([0xff, 0xfe, 0x00, 0x01, 0xd8, 0x00]));
    await mkdir(join(dir, 'map.json'));
    for (const args of [
      ['validate'],
      ['validate', join(dir, 'bin.json')],
      ['validate', join(dir, 'map.json')],
      ['validate', join(dir, 'nope.json')],
      ['migrate', join(dir, 'bin.json')],
      ['bogus'],
      ['validate', '--nope'],
      ['catalogue', '--lang', 'fr'],
    ]) {
      const r = cli(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stderr.trim().length).toBeGreaterThan(5);
    }
  });

  it('prints failures in English with --lang en, in Dutch by default', async () => {
    const dir = await tempDir();
    const cli = await bundledCli(dir);
    const missing = join(dir, 'nope.json');
    const en = cli('validate', missing, '--lang', 'en');
    expect(en.code).toBe(2);
    expect(en.stderr.trim()).toBe(`${missing}: The file does not exist. Check the name and the folder and try again.`);
    const nl = cli('validate', missing);
    expect(nl.stderr.trim()).toBe(`${missing}: Het bestand bestaat niet. Controleer de naam en de map en probeer het opnieuw.`);
  });
});

describe('the commands', () => {
  it('speak English with --lang en: help, mistakes in the command, results and findings', async () => {
    const dir = await tempDir();
    const example = join(dir, 'example.json');
    expect((await run(['--help', '--lang', 'en'])).stdout.join('\n')).toMatch(/^Usage: impactwijzer <command>/m);
    expect((await run(['--help'])).stdout.join('\n')).toMatch(/^Gebruik: impactwijzer <opdracht>/m);
    expect(await run(['bogus', '--lang', 'en'])).toMatchObject({
      code: 2,
      stderr: ['Unknown command: bogus', 'See: impactwijzer --help --lang en'],
    });
    expect(await run(['example', '--out', example, '--lang', 'en'])).toMatchObject({ code: 0, stdout: [`Example written to ${example}`] });
    expect((await run(['validate', example, '--lang', 'en'])).stdout[0]).toMatch(/^Valid: ".+" \(schemaVersion \d+; phase Evaluation/);
    const findings = (await run(['check', example, '--lang', 'en'])).stdout;
    expect(findings.length).toBeGreaterThan(0);
    for (const line of findings) expect(line).toMatch(/^\[(Important|Point of attention|Minor)\] .+ \(.+\)$/);
    const json = JSON.parse((await run(['check', example, '--json', '--lang', 'en'])).stdout[0]!) as { text: string }[];
    expect(findings[0]).toContain(json[0]!.text);
  });

  it('validate: 0 when valid, 1 with one path line per problem, 2 when unreadable', async () => {
    const dir = await tempDir();
    const bad = join(dir, 'ongeldig.json');
    await writeFile(bad, JSON.stringify({ schemaVersion: 2, id: 'x', context: { title: 5 } }));
    const invalid = await run(['validate', bad]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('context.title: hier hoort tekst');
    expect(invalid.stderr.every((line) => /^[\w.]+: /.test(line))).toBe(true);
    const future = join(dir, 'toekomst.json');
    await writeFile(future, JSON.stringify({ schemaVersion: 99 }));
    expect(await run(['validate', future])).toMatchObject({
      code: 1,
      stderr: ['schemaVersion: versie 99 is gemaakt met een nieuwere Impactwijzer'],
    });
    const notJson = join(dir, 'tekst.json');
    await writeFile(notJson, 'hallo');
    expect((await run(['validate', notJson])).code).toBe(2);
    const big = join(dir, 'groot.json');
    await writeFile(big, Buffer.alloc(21 * 1024 * 1024, 0x20));
    expect(await run(['validate', big])).toMatchObject({ code: 2, stderr: [expect.stringContaining('groter dan 20 MB')] });
    const english = await run(['validate', bad, '--lang', 'en']);
    expect(english).toMatchObject({ code: 1, stderr: expect.arrayContaining(['context.title: this should be text']) });
  });

  it('migrate writes the current version', async () => {
    const dir = await tempDir();
    const out = join(dir, 'nieuw.json');
    const r = await run(['migrate', 'test/fixtures/v1-minimal.json', '--out', out]);
    expect(r).toMatchObject({ code: 0, stdout: ['Omgezet van versie 1 naar versie 3: ' + out] });
    expect(JSON.parse(await readFile(out, 'utf8')).schemaVersion).toBe(3);
    expect((await run(['migrate', 'test/fixtures/v1-minimal.json'])).code).toBe(2);
  });

  it('catalogue lists every indicator, as text and as JSON, in both languages', async () => {
    const text = await run(['catalogue']);
    expect(text.stdout.at(-1)).toBe('Bron: CBS (CC BY 4.0), waar aangegeven.');
    expect(text.stdout.some((l) => l.startsWith('tevredenheid-met-leven\tWelzijn\tTevredenheid met het leven'))).toBe(true);
    const en = await run(['catalogue', '--lang', 'en']);
    expect(en.stdout.some((l) => l.startsWith('tevredenheid-met-leven\tWell-being\tSatisfaction with life'))).toBe(true);
    const json = JSON.parse((await run(['catalogue', '--json'])).stdout[0]!);
    expect(json.length).toBeGreaterThanOrEqual(80);
  });

  it('check lists findings in the chosen language', async () => {
    const r = await run(['check', 'test/fixtures/v1-minimal.json', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '[Important] There is no zero option: compare the proposal with what happens without the policy. (Policy options)',
    );
  });
});
