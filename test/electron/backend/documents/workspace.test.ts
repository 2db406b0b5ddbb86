import { readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../../../electron/backend/documents/workspace';
import type { BackendError } from '../../../../shared/errors';
import { saveOnTop, tempDir } from '../../../helpers';
import { snapshot } from '../../../snapshot';

const jsonFiles = async (dir: string) => (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();

async function setup() {
  const dir = await tempDir();
  let clock = Date.parse('2026-03-01T09:00:00.000Z');
  const workspace = createWorkspace({ dir, examplesDir: 'assets/examples', now: () => new Date((clock += 1000)) });
  return { dir, workspace };
}

describe('the workspace folder', () => {
  it('creates a document as one JSON file, with the proposal and the zero option', async () => {
    const { dir, workspace } = await setup();
    const doc = await workspace.create('Medtech-logistiek');
    expect(await jsonFiles(dir)).toEqual([`${doc.id}.impactwijzer.json`]);
    expect(doc.preparation.options.map((o) => o.isZeroOption)).toEqual([false, true]);
    expect(JSON.parse(await readFile(join(dir, `${doc.id}.impactwijzer.json`), 'utf8'))).toEqual(doc);
  });

  it('keeps the previous version as a backup on every save', async () => {
    const { dir, workspace } = await setup();
    const doc = await workspace.create('Versie 1');
    await saveOnTop(workspace, { ...doc, context: { ...doc.context, title: 'Versie 2' } });
    await saveOnTop(workspace, { ...doc, context: { ...doc.context, title: 'Versie 3' } });
    const backup = JSON.parse(await readFile(join(dir, '.impactwijzer', 'reservekopie', `${doc.id}.json`), 'utf8'));
    expect(backup.context.title).toBe('Versie 2');
    expect((await workspace.open(doc.id)).document.context.title).toBe('Versie 3');
  });

  it('lists title, phase, last change and progress, newest first', async () => {
    const { workspace } = await setup();
    const a = await workspace.create('A');
    await workspace.create('B');
    await saveOnTop(workspace, { ...a, preparation: { ...a.preparation, problem: 'Een probleem' } });
    const { documents } = await workspace.list();
    expect(documents.map((d) => d.title)).toEqual(['A', 'B']);
    expect(documents[0]).toMatchObject({ phase: 'preparation' });
    expect(documents[0]!.progress).toBeGreaterThan(documents[1]!.progress);
  });

  it('lists 1,000 documents, and again from its cache', async () => {
    const { dir, workspace } = await setup();
    const { newDocument } = await import('../../../../shared/model/document');
    await Promise.all(
      Array.from({ length: 1000 }, (_, i) => {
        const doc = newDocument(
          `doc-${String(i).padStart(4, '0')}`,
          `Beoordeling ${i}`,
          new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
        );
        return writeFile(join(dir, `${doc.id}.impactwijzer.json`), JSON.stringify(doc));
      }),
    );
    const first = await workspace.list();
    expect(first.documents).toHaveLength(1000);
    expect(first.documents[0]?.title).toBe('Beoordeling 999');
    const cached = await workspace.list();
    expect(cached.documents).toEqual(first.documents);
  });

  it('uses its cache until a file changes on disk', async () => {
    const { dir, workspace } = await setup();
    const doc = await workspace.create('Oud');
    await workspace.list();
    const path = join(dir, `${doc.id}.impactwijzer.json`);
    const changed = JSON.parse(await readFile(path, 'utf8'));
    changed.context.title = 'Buiten de app gewijzigd, langere titel';
    await writeFile(path, JSON.stringify(changed));
    const later = new Date(Date.now() + 5000);
    await utimes(path, later, later);
    expect((await workspace.list()).documents[0]?.title).toBe('Buiten de app gewijzigd, langere titel');
  });

  it('duplicates under a new id with "(kopie)"', async () => {
    const { workspace } = await setup();
    const doc = await workspace.create('Origineel');
    const copy = await workspace.duplicate(doc.id);
    expect(copy.id).not.toBe(doc.id);
    expect(copy.context.title).toBe('Origineel (kopie)');
    expect((await workspace.list()).documents).toHaveLength(2);
  });

  it('deletes to the trash, from which a document can be restored unchanged', async () => {
    const { dir, workspace } = await setup();
    const doc = await workspace.create('Terug te halen');
    const content = await readFile(join(dir, `${doc.id}.impactwijzer.json`), 'utf8');
    await workspace.remove(doc.id);
    expect(await jsonFiles(dir)).toEqual([]);
    expect((await workspace.list()).documents).toEqual([]);
    expect((await workspace.trash()).map((t) => t.title)).toEqual(['Terug te halen']);
    const summary = await workspace.restore(doc.id);
    expect(summary.id).toBe(doc.id);
    expect(await readFile(join(dir, `${doc.id}.impactwijzer.json`), 'utf8')).toBe(content);
    expect(await workspace.trash()).toEqual([]);
    await expect(workspace.restore(doc.id)).rejects.toMatchObject({ code: 'not-in-trash' });
  });

  it('quarantines a file that breaks after it was listed, when it is opened, and never overwrites it', async () => {
    const { dir, workspace } = await setup();
    const doc = await workspace.create('Wordt kapot');
    await writeFile(join(dir, `${doc.id}.impactwijzer.json`), '{"schemaVersion":2, kapot');
    await expect(workspace.open(doc.id)).rejects.toMatchObject({ code: 'quarantined', problems: [{ code: 'file-not-json' }] });
    const quarantine = join(dir, '.impactwijzer', 'quarantaine');
    const files = await readdir(quarantine);
    const moved = files.find((f) => f.endsWith(`${doc.id}.impactwijzer.json`))!;
    expect(await readFile(join(quarantine, moved), 'utf8')).toBe('{"schemaVersion":2, kapot');
    const reason = { code: 'file-not-json', params: {} };
    expect(JSON.parse(await readFile(join(quarantine, `${moved}.reden.json`), 'utf8'))).toEqual({
      fileName: `${doc.id}.impactwijzer.json`,
      reason,
    });
    const { quarantined } = await workspace.list();
    expect(quarantined).toEqual([expect.objectContaining({ fileName: `${doc.id}.impactwijzer.json`, reason })]);
  });

  // Changed on purpose (issue 12): a name that is no id used to become a UUID silently; the
  // migration at start now gives it a valid id and records the original name.
  it('adopts a document file renamed by hand at the next start, and records its original name', async () => {
    const { dir, workspace } = await setup();
    const doc = await workspace.create('Hernoemd');
    const { rename } = await import('node:fs/promises');
    await rename(join(dir, `${doc.id}.impactwijzer.json`), join(dir, 'Kopie van Hernoemd.json'));
    const restarted = createWorkspace({ dir });
    const { documents, skipped } = await restarted.list();
    expect(documents.map((d) => d.title)).toEqual(['Hernoemd']);
    expect(skipped).toEqual([]);
    expect((await restarted.open(documents[0]!.id)).document.id).toBe(documents[0]!.id);
    const names = JSON.parse(await readFile(join(dir, '.impactwijzer', 'oorspronkelijke-namen.json'), 'utf8'));
    expect(names.names).toEqual({ [documents[0]!.id]: 'Kopie van Hernoemd.json' });
  });

  it('imports: migrates an old version, gives a new id on conflict, and explains failures with paths', async () => {
    const { dir, workspace } = await setup();
    const v1 = await readFile('test/fixtures/v1-minimal.json');
    const first = await workspace.importBytes(v1);
    expect(first.migratedFrom).toBe(1);
    expect(first.document.id).toBe('groen-in-de-wijk');
    const second = await workspace.importBytes(v1);
    expect(second.document.id).not.toBe('groen-in-de-wijk');
    expect(await jsonFiles(dir)).toHaveLength(2);

    const before = await snapshot(dir);
    const broken = JSON.parse(v1.toString());
    broken.schemaVersion = 2;
    broken.context.title = 7;
    broken.preparation = { effects: [{ id: 'e', optionId: 'o', theme: 'wonen', direction: 9 }] };
    const error = await workspace.importBytes(new TextEncoder().encode(JSON.stringify(broken))).then(
      () => null,
      (e: BackendError) => e.info,
    );
    expect(error).toMatchObject({ code: 'invalid-file', params: { count: error?.problems?.length } });
    expect(error?.problems).toContainEqual({ code: 'field-type', params: { expected: 'string' }, path: 'context.title' });
    expect(error?.problems).toContainEqual({
      code: 'field-value',
      params: { options: '-2, -1, 0, 1, 2' },
      path: 'preparation.effects.0.direction',
    });
    expect(await snapshot(dir)).toEqual(before);
  });

  it('exports JSON that imports again to the same content', async () => {
    const { workspace } = await setup();
    const doc = await workspace.create('Exporteer mij: één €-teken');
    const { fileName, content } = await workspace.exportJson(doc.id);
    expect(fileName).toBe('exporteer-mij-een-teken.json');
    const back = await workspace.importBytes(new TextEncoder().encode(content));
    expect({ ...back.document, id: doc.id }).toEqual(doc);
  });

  it('adds the example once and opens it after that', async () => {
    const { dir, workspace } = await setup();
    const example = await workspace.addExample();
    expect(example.context.title).toMatch(/Heerlen/);
    const again = await workspace.addExample();
    expect(again.id).toBe(example.id);
    expect(await jsonFiles(dir)).toEqual([`${example.id}.impactwijzer.json`]);
    expect((await stat(join(dir, `${example.id}.impactwijzer.json`))).size).toBeGreaterThan(10_000);
  });

  it('says the example was last changed when it came into the workspace, not on a day still to come', async () => {
    const { workspace } = await setup();
    const example = await workspace.addExample();
    expect(example.updatedAt).toBe('2026-03-01T09:00:01.000Z');
    expect(example.createdAt).toBe('2024-02-01T09:00:00.000+01:00'); // the story's own start stays
    expect((await workspace.list()).documents.find((d) => d.id === example.id)?.updatedAt).toBe(example.updatedAt);
  });
});
