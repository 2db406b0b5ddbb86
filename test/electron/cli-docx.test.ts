import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../electron/cli';
import { paragraphs, unzip } from '../shared/report/docx-tools';
import { tempDir } from '../helpers';

const EXAMPLE = 'assets/examples/medtech-heerlen.json';

async function headings(file: string, style: string): Promise<string[]> {
  const xml = unzip(await readFile(file))
    .get('word/document.xml')!
    .toString('utf8');
  return paragraphs(xml)
    .filter((p) => p.style === style)
    .map((p) => p.text);
}

describe('impactwijzer export --format docx', () => {
  it('writes the report as Word through the real command (English, one phase), and says so', async () => {
    const dir = await tempDir();
    const out = join(dir, 'report-en.docx');
    const r = spawnSync(
      process.execPath,
      ['electron/bin.mjs', 'export', EXAMPLE, '--format', 'docx', '--lang', 'en', '--phase', 'preparation', '--out', out],
      {
        encoding: 'utf8',
      },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Word report written to ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+ kB\\)\\.\\n$`));
    expect(await headings(out, 'Heading1')).toEqual(['Summary: the effects map', 'Preparation (ex ante)', 'Limitations', 'Appendix']);
  });

  it('--raadsvoorstel writes the paragraph for the council proposal; Dutch by default', async () => {
    const dir = await tempDir();
    const out = join(dir, 'raadsvoorstel.docx');
    const r = await run(['export', EXAMPLE, '--format', 'docx', '--raadsvoorstel', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout[0]).toMatch(/^Paragraaf voor het raadsvoorstel geschreven naar .*raadsvoorstel\.docx \(\d+ kB\)\.$/);
    expect(await headings(out, 'Heading2')).toEqual([
      'Effectenkaart: Medtech-logistiek campus met opleidingstraject t.o.v. de nuloptie',
      'Belangrijkste afruilen',
      'Verdeling: wie gaat erop vooruit en wie achteruit',
      'Monitoringsplan',
    ]);
  });

  it('an unknown format, or --raadsvoorstel without docx, is a usage error (exit 2) in the chosen language; nothing written', async () => {
    const dir = await tempDir();
    const out = join(dir, 'x.odt');
    const odt = await run(['export', EXAMPLE, '--format', 'odt', '--out', out, '--lang', 'en']);
    expect(odt).toMatchObject({ code: 2, stdout: [] });
    expect(odt.stderr[0]).toBe('Unknown file format "odt": choose pdf or docx.');
    const r = await run(['export', EXAMPLE, '--raadsvoorstel', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr[0]).toBe('--raadsvoorstel kan alleen met --format docx.');
    await expect(readFile(out)).rejects.toThrow();
  });
});
