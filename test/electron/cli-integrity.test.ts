import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';

/** The real command, as a user runs it. */
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['electron/bin.mjs', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = Record<string, any>;

async function sampleWith(dir: string, name: string, change: (raw: Raw) => void): Promise<string> {
  const raw = JSON.parse(await readFile('assets/examples/medtech-heerlen.json', 'utf8')) as Raw;
  change(raw);
  const file = join(dir, name);
  await writeFile(file, JSON.stringify(raw, null, 2));
  return file;
}

describe('impactwijzer validate: links and unknown fields', () => {
  it('rejects duplicate ids and dangling references with their JSON paths (exit 1)', async () => {
    const dir = await tempDir();
    const file = await sampleWith(dir, 'kapot.json', (raw) => {
      raw.preparation.options[1].id = raw.preparation.options[0].id;
      raw.preparation.effects[0].optionId = 'opt-bestaat-niet';
    });
    const r = cli('validate', file, '--lang', 'nl');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('kloppen koppelingen tussen onderdelen niet');
    expect(r.stderr).toMatch(
      /^preparation\.options\[1\]\.id: De id "opt-campus" komt twee keer voor \(eerder bij preparation\.options\[0\]\.id\)/m,
    );
    expect(r.stderr).toMatch(/^preparation\.effects\[0\]\.optionId: Hier wordt verwezen naar "opt-bestaat-niet"/m);
  });

  it('reports unknown fields as warnings with their path, and stays valid (exit 0)', async () => {
    const dir = await tempDir();
    const file = await sampleWith(dir, 'extra.json', (raw) => {
      raw.preparation.indicators[2].kleur = 'rood';
    });
    const r = cli('validate', file, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Valid: /);
    expect(r.stderr.trim()).toBe(
      'Warning: preparation.indicators[2].kleur: Impactwijzer does not know the field "kleur". ' +
        'It is left out when the file is opened and is not saved again.',
    );
  });

  it('prints a title holding terminal escape codes without a single control byte', async () => {
    const dir = await tempDir();
    const hostile = 'Titel\u001b[2J\u001b]0;gekaapt\u0007 rood\u001b[31m\u009b31m\r\u0008 einde';
    const file = await sampleWith(dir, 'esc.json', (raw) => {
      raw.context.title = hostile;
      // The critical friend quotes an indicator's name when its target equals its baseline.
      raw.preparation.indicators[0].name = hostile;
      raw.preparation.indicators[0].target = { ...raw.preparation.indicators[0].baseline };
    });
    for (const args of [
      ['validate', file],
      ['check', file],
      ['validate', file, '--lang', 'en'],
    ]) {
      const r = cli(...args);
      expect(r.code, args.join(' ')).toBe(0);
      const printed = r.stdout + r.stderr;
      expect(printed).toContain('Titel[2J]0;gekaapt rood[31m31m einde');
      expect(printed).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
  });
});
