import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/api';
import { realBackend, steppingClock } from '../../helpers';
import { renderDocx } from '../../../shared/report/docx/write';
import { raadsvoorstelContent } from '../../../shared/report/raadsvoorstel';
import { completeDocument } from '../../shared/analysis/build';

describe('handlers on a real workspace folder', () => {
  it('create writes a JSON file that reads back as the same document', async () => {
    const { handlers, workspaceDir } = await realBackend();
    const { document } = await handlers.workspaceCreate({ title: 'Groen in de wijk' });
    const files = await readdir(workspaceDir);
    expect(files).toContain(`${document.id}.impactwijzer.json`);
    const onDisk = JSON.parse(await readFile(join(workspaceDir, `${document.id}.impactwijzer.json`), 'utf8'));
    expect(onDisk).toEqual(document);
    expect(contract.workspaceCreate.response.parse({ document })).toBeTruthy();
    const opened = await handlers.workspaceOpen({ id: document.id });
    expect(opened.document).toEqual(document);
  });

  it('save changes the file and its updatedAt; list shows the new title, newest first', async () => {
    // An injected clock that moves one second per reading: no sleeping for updatedAt to change.
    const { handlers, workspaceDir } = await realBackend({ now: steppingClock() });
    const a = (await handlers.workspaceCreate({ title: 'A' })).document;
    const b = (await handlers.workspaceCreate({ title: 'B' })).document;
    const { summary } = await handlers.workspaceSave({
      document: { ...a, context: { ...a.context, title: 'A, herzien' } },
      baseRevision: 0,
    });
    expect(summary.updatedAt > a.updatedAt).toBe(true);
    const onDisk = JSON.parse(await readFile(join(workspaceDir, `${a.id}.impactwijzer.json`), 'utf8'));
    expect(onDisk.context.title).toBe('A, herzien');
    const listed = await handlers.workspaceList({});
    const { documents } = listed;
    expect(documents.map((d) => d.title)).toEqual(['A, herzien', 'B']);
    expect(contract.workspaceList.response.parse(listed)).toEqual(listed);
    expect(documents[1]?.id).toBe(b.id);
  });

  it('delete moves the file to the trash; restore brings it back', async () => {
    const { handlers, workspaceDir } = await realBackend();
    const { document } = await handlers.workspaceCreate({ title: 'Weg ermee' });
    await handlers.workspaceDelete({ id: document.id });
    expect(await readdir(workspaceDir)).not.toContain(`${document.id}.impactwijzer.json`);
    await expect(handlers.workspaceDelete({ id: document.id })).rejects.toMatchObject({ code: 'not-found' });
    expect((await handlers.workspaceTrash({})).documents.map((d) => d.title)).toEqual(['Weg ermee']);
    await handlers.workspaceRestore({ id: document.id });
    expect(await readdir(workspaceDir)).toContain(`${document.id}.impactwijzer.json`);
  });

  it('import takes base64 bytes and export gives JSON text; duplicate and example work through the handlers', async () => {
    const { handlers } = await realBackend();
    const { readFile: read } = await import('node:fs/promises');
    const bytes = await read('test/fixtures/v1-minimal.json');
    const imported = await handlers.workspaceImport({ fileName: 'v1-minimal.json', contentBase64: bytes.toString('base64') });
    expect(imported.migratedFrom).toBe(1);
    const exported = await handlers.workspaceExport({ id: imported.document.id });
    expect(JSON.parse(exported.content).schemaVersion).toBe(3);
    const copy = await handlers.workspaceDuplicate({ id: imported.document.id });
    expect(copy.document.context.title).toBe('Groen in de wijk (kopie)');
    await expect(
      handlers.workspaceImport({ fileName: 'x.json', contentBase64: Buffer.from('{').toString('base64') }),
    ).rejects.toMatchObject({ code: 'file-not-json' });
  });

  it('list ignores files that are not assessments instead of failing', async () => {
    const { handlers, workspaceDir } = await realBackend();
    await handlers.workspaceCreate({ title: 'Goed' });
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(workspaceDir, 'kapot.json'), '{ niet af');
    await writeFile(join(workspaceDir, 'notities.txt'), 'hallo');
    const { documents } = await handlers.workspaceList({});
    expect(documents.map((d) => d.title)).toEqual(['Goed']);
  });

  it('settings persist in the settings file; language defaults to Dutch', async () => {
    const { handlers, settingsDir } = await realBackend();
    expect((await handlers.settingsGet({})).language).toBe('nl');
    await handlers.settingsSet({ language: 'en', authorName: 'A. Ambtenaar' });
    const onDisk = JSON.parse(await readFile(join(settingsDir, 'settings.json'), 'utf8'));
    expect(onDisk).toMatchObject({ language: 'en', authorName: 'A. Ambtenaar' });
    expect((await handlers.settingsGet({})).language).toBe('en');
  });

  it('fileSave writes the bytes where the chooser says (the bridge: the Exports folder), atomically', async () => {
    const { handlers, workspaceDir } = await realBackend();
    const result = await handlers.fileSave({
      kind: 'csv',
      suggestedName: 'indicatoren.csv',
      contentBase64: Buffer.from('\uFEFFa;b\r\n').toString('base64'),
    });
    expect(result).toEqual({ saved: true, path: join(workspaceDir, 'Exports', 'indicatoren.csv') });
    expect(await readFile(result.path!, 'utf8')).toBe('\uFEFFa;b\r\n');
  });

  it('fileSave takes a Word file (kind docx) through the same verified write', async () => {
    const { handlers, workspaceDir } = await realBackend();
    const bytes = await renderDocx(raadsvoorstelContent(completeDocument(), { lang: 'nl', today: '2026-11-29' }));
    const result = await handlers.fileSave({
      kind: 'docx',
      suggestedName: 'beleid-raadsvoorstel-nl.docx',
      contentBase64: Buffer.from(bytes).toString('base64'),
    });
    expect(result).toEqual({ saved: true, path: join(workspaceDir, 'Exports', 'beleid-raadsvoorstel-nl.docx') });
    expect(Buffer.compare(await readFile(result.path!), Buffer.from(bytes))).toBe(0);
  });

  it('app info names the app and its transport', async () => {
    const { handlers } = await realBackend();
    expect(await handlers.appInfo({})).toEqual({ name: 'Impactwijzer', version: '0.0.0-test', transport: 'http' });
  });
});
