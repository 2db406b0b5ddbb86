import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../electron/cli';
import { catalogue } from '../../shared/framework/catalogue';
import { tempDir } from '../helpers';

type Row = { id: string; theme: string; dimension: string; scales: string[]; citation: string; verified: boolean; groups: string[] };
const json = async (...args: string[]) => JSON.parse((await run(['catalogue', '--json', ...args])).stdout[0]!) as Row[];

describe('impactwijzer catalogue: filters and source lines (issue 15)', () => {
  it('lists every entry as JSON with its dimension and a source line ready to cite', async () => {
    const all = await json('--lang', 'en');
    expect(all).toHaveLength(catalogue.length);
    const safety = all.find((r) => r.id === 'vaak-onveilig-in-buurt')!;
    expect(safety.dimension).toBe('hier-en-nu');
    expect(safety.citation).toBe(
      'CBS (Statistics Netherlands), StatLine 85146NED: Safety Monitor; key figures, region (2023). Source: CBS',
    );
  });

  it('filters by dimension, theme, scale, publisher, kind, group and verified, together', async () => {
    const elsewhere = await json('--dimension', 'elders');
    expect(elsewhere.length).toBeGreaterThan(0);
    expect(elsewhere.every((r) => r.dimension === 'elders')).toBe(true);
    const ggdWijk = await json('--publisher', 'ggd-rivm', '--scale', 'wijk', '--kind', 'subjective', '--group', 'education');
    expect(ggdWijk.length).toBeGreaterThan(0);
    for (const r of ggdWijk) {
      expect(r.scales).toContain('wijk');
      expect(r.groups).toContain('education');
      expect(r.citation).not.toMatch(/CBS$/);
    }
    const health = await json('--theme', 'gezondheid', '--verified', 'no');
    expect(health.every((r) => r.theme === 'gezondheid' && !r.verified)).toBe(true);
    const verified = await json('--verified', 'yes');
    expect(verified.length).toBe(catalogue.filter((c) => c.verified).length);
    expect((await json('--search', '85146NED')).length).toBeGreaterThan(3);
  });

  it('names the unverified entries in the text list and refuses an unknown filter value', async () => {
    const text = await run(['catalogue', '--lang', 'en', '--verified', 'no']);
    expect(text.code).toBe(0);
    expect(text.stdout.filter((l) => l.endsWith('\tNot verified')).length).toBe(catalogue.filter((c) => !c.verified).length);
    const wrong = await run(['catalogue', '--publisher', 'cbs-nl', '--lang', 'en']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr[0]).toMatch(/^Unknown value for --publisher: cbs-nl \(choose from: cbs, ggd-rivm/);
  });
});

describe('impactwijzer csv: words in the report language, codes on request', () => {
  it('writes words in English, and the codes with --codes', async () => {
    const dir = await tempDir();
    const words = join(dir, 'en.csv');
    const codes = join(dir, 'codes.csv');
    expect((await run(['csv', 'assets/examples/medtech-heerlen.json', '--out', words, '--lang', 'en'])).code).toBe(0);
    expect((await run(['csv', 'assets/examples/medtech-heerlen.json', '--out', codes, '--lang', 'en', '--codes'])).code).toBe(0);
    const en = await readFile(words, 'utf8');
    expect(en).toContain(';Satisfaction with life;Well-being;');
    expect(en).toContain('higher is better');
    expect(en).toMatch(/;subjective \(perceived\);/);
    expect(en).not.toMatch(/;(up|down|subjective|objective|wijk|gemeente);/);
    const machine = await readFile(codes, 'utf8');
    expect(machine).toMatch(/;up;subjective;gemeente;/);
    expect(machine).toContain(';welzijn;');
  });
});
