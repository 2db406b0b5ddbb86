import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../electron/backend/documents/workspace';
import { run } from '../../electron/cli';
import { parseDocumentText } from '../../shared/model/load';
import { steppingClock, tempDir } from '../helpers';

/** A workspace with one document saved three times; the second save starts implementation. */
async function workspaceWithHistory() {
  const dir = await tempDir();
  const workspace = createWorkspace({ dir, now: steppingClock(), user: () => 'A. Ambtenaar' });
  const created = await workspace.create('Plan');
  let revision = (await workspace.open(created.id)).revision;
  const save = async (change: (d: typeof created) => void) => {
    const { document } = await workspace.open(created.id);
    change(document);
    revision = (await workspace.save(document, revision)).revision;
  };
  await save((d) => (d.preparation.problem = 'Eerste'));
  await save((d) => (d.context.phase = 'implementation'));
  await save((d) => (d.preparation.problem = 'Derde'));
  return { dir, id: created.id };
}

describe('impactwijzer versions / version', () => {
  it('lists the kept versions, newest first, in Dutch and in English', async () => {
    const { dir, id } = await workspaceWithHistory();
    const nl = await run(['versions', id, '--workspace', dir]);
    expect(nl.code).toBe(0);
    expect(nl.stdout[0]).toBe('Versie\tOpgeslagen\tDoor\tNaam\tWat er veranderde');
    expect(nl.stdout.slice(1).map((l) => l.split('\t')[0])).toEqual(['3', '2', '1', '0']);
    expect(nl.stdout[2]).toMatch(/^2\t2026-03-01T09:00:0\d\.000Z\tA\. Ambtenaar\tStart uitvoering\tFase: Uitvoering \(monitoring\)$/);
    expect(nl.stdout[1]).toContain('Voorbereiding: 1 veld gewijzigd');
    expect(nl.stdout[4]).toContain('Eerste bewaarde versie');
    const en = await run(['versions', id, '--workspace', dir, '--lang', 'en']);
    expect(en.stdout[0]).toBe('Version\tSaved\tBy\tName\tWhat changed');
    expect(en.stdout[2]).toContain('\tStart of implementation\tPhase: Implementation');
    const json = await run(['versions', id, '--workspace', dir, '--json']);
    expect(JSON.parse(json.stdout[0]!)).toHaveLength(4);
  });

  it('extracts one version to a file through the verified write; mistakes are told in the chosen language', async () => {
    const { dir, id } = await workspaceWithHistory();
    const out = join(dir, 'versie-1.json');
    const written = await run(['version', id, '1', '--out', out, '--workspace', dir, '--lang', 'en']);
    expect(written).toEqual({ code: 0, stdout: [`Version 1 of ${id} written to ${out}`], stderr: [] });
    const { document } = parseDocumentText(await readFile(out, 'utf8'));
    expect(document.preparation.problem).toBe('Eerste');
    expect(document.context.phase).toBe('preparation');
    expect((await run(['version', id, '1', '--workspace', dir])).stderr[0]).toBe('Geef op waar het resultaat heen moet: --out BESTAND');
    expect((await run(['version', id, '--out', out, '--workspace', dir])).stderr[0]).toBe('Geef het nummer van een versie op.');
    expect((await run(['version', id, 'x1', '--out', out, '--workspace', dir, '--lang', 'en'])).stderr[0]).toBe(
      'Not a valid version number: x1',
    );
    expect((await run(['versions', '--workspace', dir])).stderr[0]).toBe('Geef het id van een beoordeling op.');
    expect((await run(['versions', id, '7', '--workspace', dir])).code).toBe(2);
    await expect(run(['version', id, '99', '--out', out, '--workspace', dir])).rejects.toMatchObject({ code: 'version-not-found' });
    expect(await run(['versions', 'geen-geschiedenis', '--workspace', dir])).toMatchObject({
      code: 0,
      stdout: ['Geen bewaarde versies van geen-geschiedenis.'],
    });
  });
});
