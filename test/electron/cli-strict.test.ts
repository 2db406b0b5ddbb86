import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentBytes } from '../../shared/model/serialize';
import { completeDocument } from '../shared/analysis/build';
import { tempDir } from '../helpers';

/** The real command, as a user runs it. */
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['electron/bin.mjs', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('impactwijzer check --strict', () => {
  it('exits 1 on a document with a target against the good direction, 0 without --strict', async () => {
    const dir = await tempDir();
    const doc = completeDocument();
    // Good = up, baseline 62 in 2023, target 55 in 2020: the example.
    Object.assign(doc.preparation.indicators[0]!, {
      name: 'Ervaren gezondheid',
      baseline: { value: 62, year: 2023 },
      target: { value: 55, year: 2020 },
    });
    const file = join(dir, 'verkeerd.json');
    await writeFile(file, documentBytes(doc));

    const plain = cli('check', file);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain(
      '[Belangrijk] De streefwaarde van "Ervaren gezondheid" ligt tegen de goede richting in (hoger is beter)',
    );
    expect(plain.stdout).toContain('Het streefjaar van "Ervaren gezondheid" (2020) ligt niet na het jaar van de nulmeting (2023).');

    const strict = cli('check', file, '--strict', '--lang', 'en');
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('The target of "Ervaren gezondheid" lies against the good direction (higher is better)');
    expect(strict.stderr).toContain('There are important findings (--strict): exit code 1.');
  });

  it('exits 0 with --strict when there is no high finding', async () => {
    const dir = await tempDir();
    const file = join(dir, 'compleet.json');
    await writeFile(file, documentBytes(completeDocument()));
    const r = cli('check', file, '--strict', '--json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { severity: string }[]).some((f) => f.severity === 'high')).toBe(false);
  });
});
