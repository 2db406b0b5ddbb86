/** Temp files that killed writes left are removed when a workspace starts; nothing else is touched. */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../../../electron/backend/documents/workspace';
import { tempDir } from '../../../helpers';

const OURS = {
  '.groen-in-de-wijk.json.iw-tmp-0123456789ab': '{"half',
  'groen-in-de-wijk.json.3141592653': '{"half', // write-file-atomic, earlier versions
  '.impactwijzer/index.json.271828': '{',
  '.impactwijzer/.index.json.iw-tmp-abcdefabcdef': '{',
  '.impactwijzer/reservekopie/groen-in-de-wijk.json.tmp': '{"half',
  '.impactwijzer/reservekopie/.groen-in-de-wijk.json.iw-tmp-00000000ffff': '{"half',
  '.impactwijzer/quarantaine/.x.reden.json.iw-tmp-aaaaaaaaaaaa': '{',
  'Exports/.rapport.pdf.iw-tmp-bbbbbbbbbbbb': '%PDF',
};
const THEIRS = {
  'groen-in-de-wijk.json': '{}',
  'notities.txt.123': 'van de gebruiker',
  '.iw-tmp-zonder-naam': 'niet van ons',
  'Mijn instellingen.json': '{}',
  'package.json.1': '{}',
  '.impactwijzer/reservekopie/groen-in-de-wijk.json': '{}',
  'Exports/rapport.pdf': '%PDF',
  'Exports/notities.txt.123': 'van de gebruiker',
  'Exports/rapport.pdf.3735928559': 'van de gebruiker',
  '.impactwijzer/prullenbak/.x.json.iw-tmp-cccccccccccc': 'prullenbak is niet geschreven',
};

async function plant(dir: string, files: Record<string, string>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), content);
  }
}

describe('stale temp files at start', () => {
  it('removes our temp files (workspace, own folder, backups, quarantine, exports) and touches nothing else', async () => {
    const dir = await tempDir();
    await plant(dir, { ...OURS, ...THEIRS });
    await mkdir(join(dir, '.x.json.iw-tmp-dddddddddddd')); // a folder with our name is not ours
    const removed = await createWorkspace({ dir }).start();
    expect(removed.map((p) => p.slice(dir.length + 1)).sort()).toEqual(Object.keys(OURS).sort());
    for (const [name, content] of Object.entries(THEIRS)) expect(await readFile(join(dir, name), 'utf8')).toBe(content);
    expect(await readdir(dir)).toContain('.x.json.iw-tmp-dddddddddddd');
  });

  it('every operation waits for the start, so the first list already sees a clean folder', async () => {
    const dir = await tempDir();
    await plant(dir, OURS);
    const workspace = createWorkspace({ dir });
    const { documents } = await workspace.list();
    expect(documents).toEqual([]);
    expect((await readdir(dir)).filter((f) => f.includes('.iw-tmp-') || /\.\d+$/.test(f))).toEqual([]);
  });
});
