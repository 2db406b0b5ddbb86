import { execFileSync } from 'node:child_process';
import { link, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../../../electron/backend/documents/workspace';
import { newDocument } from '../../../../shared/model/document';
import { tempDir } from '../../../helpers';
import { snapshot } from '../../../snapshot';

const at = '2026-03-01T09:00:00.000Z';
const docJson = (id: string, title: string) => `${JSON.stringify(newDocument(id, title, at), null, 2)}\n`;
const mkfifo = (path: string) => execFileSync('mkfifo', [path]);

/** Files of others, by name: read back byte for byte after the workspace has had its go. */
const FOREIGN: Record<string, string> = {
  'package.json': '{ "name": "iemands-project", "version": "1.0.0" }\n',
  '._x.json': '\u0000\u0005\u0016\u0007Mac OS X        \u0000\u0002',
  'Mijn instellingen.json': '{"thema": "donker"}',
  'notities.txt': 'hallo',
};

async function hostileWorkspace() {
  const root = await tempDir();
  const dir = join(root, 'werkmap');
  const outside = join(root, 'buiten');
  await mkdir(dir);
  await mkdir(outside);
  for (const [name, content] of Object.entries(FOREIGN)) await writeFile(join(dir, name), content, 'latin1');
  await writeFile(join(dir, 'goed.impactwijzer.json'), docJson('goed', 'Goed'));
  mkfifo(join(dir, 'pijp.impactwijzer.json'));
  mkfifo(join(dir, 'oude-pijp.json'));
  await mkdir(join(dir, 'map.impactwijzer.json'));
  // A valid document outside: followed, it would be listed; its secret must never be quoted.
  await writeFile(join(outside, 'geheim.json'), `GEHEIM ${docJson('geheim', 'Geheim')}`);
  await symlink(join(outside, 'geheim.json'), join(dir, 'link.impactwijzer.json'));
  mkfifo(join(outside, 'pijp'));
  await symlink(join(outside, 'pijp'), join(dir, 'link-pijp.impactwijzer.json'));
  return { dir, outside };
}

async function foreignBytes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(FOREIGN)) out[name] = (await readFile(join(dir, name))).toString('hex');
  return out;
}

describe('only its own files', () => {
  it('lists a workspace of foreign, special and linked files, leaves every foreign file as it was', { timeout: 10_000 }, async () => {
    const { dir } = await hostileWorkspace();
    const before = await foreignBytes(dir);
    const namesBefore = (await readdir(dir)).sort();
    const workspace = createWorkspace({ dir });
    const started = performance.now();
    const listing = await workspace.list();
    console.log(`[own-files] list of a hostile workspace answered in ${Math.round(performance.now() - started)} ms`);

    expect(listing.documents.map((d) => d.id)).toEqual(['goed']);
    expect(listing.quarantined).toEqual([]);
    expect(listing.readOnly).toBe(false);
    const reasons = Object.fromEntries(listing.skipped.map((s) => [s.fileName, s.reason.code]));
    expect(reasons).toEqual({
      '._x.json': 'not-recognised',
      'Mijn instellingen.json': 'not-recognised',
      'package.json': 'not-recognised',
      'pijp.impactwijzer.json': 'special-file',
      'oude-pijp.json': 'special-file',
      'map.impactwijzer.json': 'not-a-file',
      'link.impactwijzer.json': 'link-outside',
      'link-pijp.impactwijzer.json': 'link-outside',
    });
    expect(await foreignBytes(dir)).toEqual(before);
    expect((await readdir(dir)).filter((n) => n !== '.impactwijzer').sort()).toEqual(namesBefore);
    // Listed once: a second list reports the same and moves nothing.
    expect((await workspace.list()).skipped).toEqual(listing.skipped);
  });

  it('refuses to open a link out of the workspace or a FIFO, without reading them', { timeout: 10_000 }, async () => {
    const { dir } = await hostileWorkspace();
    const workspace = createWorkspace({ dir });
    const failure = await workspace.open('link').catch((e: { info: unknown }) => e.info);
    expect(failure).toEqual({ code: 'link-outside', params: {} });
    expect(JSON.stringify(failure)).not.toContain('GEHEIM');
    await expect(workspace.open('link-pijp')).rejects.toMatchObject({ code: 'link-outside' });
    await expect(workspace.open('pijp')).rejects.toMatchObject({ code: 'special-file' });
    await expect(workspace.open('map')).rejects.toMatchObject({ code: 'not-a-file' });
    expect((await workspace.open('goed')).document.context.title).toBe('Goed');
  });

  it('four saves to a FIFO id, then a list and an open of another document: all answer', { timeout: 10_000 }, async () => {
    const { dir } = await hostileWorkspace();
    const workspace = createWorkspace({ dir });
    const saves = await Promise.allSettled(Array.from({ length: 4 }, () => workspace.save(newDocument('pijp', 'Pijp', at), 0)));
    expect(saves.map((s) => s.status === 'rejected' && (s.reason as { code: string }).code)).toEqual(Array(4).fill('special-file'));
    const [listing, opened] = await Promise.all([workspace.list(), workspace.open('goed')]);
    expect(listing.documents.map((d) => d.id)).toEqual(['goed']);
    expect(opened.document.context.title).toBe('Goed');
    await expect(workspace.save(newDocument('link', 'Via de link', at), 0)).rejects.toMatchObject({ code: 'link-outside' });
  });
});

describe('migrating an older workspace', () => {
  async function oldWorkspace() {
    const dir = await tempDir();
    await writeFile(join(dir, 'groen-in-de-wijk.json'), docJson('groen-in-de-wijk', 'Groen'));
    await writeFile(join(dir, 'Mijn beleid.json'), docJson('elders-vandaan', 'Mijn beleid'));
    await writeFile(join(dir, 'package.json'), FOREIGN['package.json']!);
    await writeFile(join(dir, 'kapot.json'), '{"schemaVersion": 2, kapot');
    await writeFile(join(dir, '._groen-in-de-wijk.json'), docJson('apple-double', 'Geen document'));
    return dir;
  }

  it('renames its documents, records names that were no id, leaves the rest; a second run changes nothing', async () => {
    const dir = await oldWorkspace();
    const foreign = ['package.json', 'kapot.json', '._groen-in-de-wijk.json'];
    const before = await snapshot(dir);
    const { documents, skipped } = await createWorkspace({ dir }).list();
    expect(documents.map((d) => d.id).sort()).toEqual(['elders-vandaan', 'groen-in-de-wijk']);
    expect(skipped.map((s) => s.fileName).sort()).toEqual([...foreign].sort());
    const after = await snapshot(dir);
    for (const name of foreign) expect(after[name]).toBe(before[name]);
    expect(after['groen-in-de-wijk.impactwijzer.json']).toBe(before['groen-in-de-wijk.json']);
    expect(after['elders-vandaan.impactwijzer.json']).toBe(before['Mijn beleid.json']);
    const names = JSON.parse(await readFile(join(dir, '.impactwijzer', 'oorspronkelijke-namen.json'), 'utf8'));
    expect(names.names).toEqual({ 'elders-vandaan': 'Mijn beleid.json' });

    await createWorkspace({ dir }).list();
    expect(await snapshot(dir)).toEqual(after);

    // Damaged later, it is set aside with its reason and both its names.
    await writeFile(join(dir, 'elders-vandaan.impactwijzer.json'), '{"schemaVersion": 2, kapot');
    const { quarantined } = await createWorkspace({ dir }).list();
    expect(quarantined.map((q) => [q.fileName, q.reason.code])).toEqual([['elders-vandaan.impactwijzer.json', 'file-not-json']]);
    const aside = join(dir, '.impactwijzer', 'quarantaine');
    const reasonFile = (await readdir(aside)).find((f) => f.endsWith('.reden.json'))!;
    expect(JSON.parse(await readFile(join(aside, reasonFile), 'utf8'))).toMatchObject({
      fileName: 'elders-vandaan.impactwijzer.json',
      originalName: 'Mijn beleid.json',
    });
  });

  it('finishes a migration cut short between link and unlink, without a duplicate', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'half-af.json'), docJson('half-af', 'Half af'));
    await link(join(dir, 'half-af.json'), join(dir, 'half-af.impactwijzer.json'));
    const { documents } = await createWorkspace({ dir }).list();
    expect(documents.map((d) => d.id)).toEqual(['half-af']);
    expect((await readdir(dir)).sort()).toEqual(['.impactwijzer', 'half-af.impactwijzer.json']);
  });

  it('never replaces a document that already has the new name', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'dubbel.impactwijzer.json'), docJson('dubbel', 'Nieuw'));
    await writeFile(join(dir, 'dubbel.json'), docJson('dubbel', 'Oud'));
    const { documents } = await createWorkspace({ dir, newId: () => 'dubbel-oud' }).list();
    expect(documents.map((d) => `${d.id}:${d.title}`).sort()).toEqual(['dubbel-oud:Oud', 'dubbel:Nieuw']);
  });
});
