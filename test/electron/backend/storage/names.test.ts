/**
 * Names: an export is never saved as ".", "..", only dots and spaces, or a device name Windows
 * reserves ("con.pdf"), and the exports folder stays a folder; such names are not document ids.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../../../electron/backend/documents/workspace';
import { saveExport } from '../../../../electron/backend/export/save-file';
import { contract } from '../../../../shared/api';
import { DocumentId, newDocument } from '../../../../shared/model/document';
import { safeFileName } from '../../../../shared/model/file-name';
import { realBackend, tempDir } from '../../../helpers';

const bytes = (text: string) => Buffer.from(text).toString('base64');

describe('export names', () => {
  it.each([
    ['.', 'export.pdf'],
    ['..', 'export.pdf'],
    [' . ', 'export.pdf'],
    ['...', 'export.pdf'],
    ['con.pdf', '_con.pdf'],
    ['CON', '_CON'],
    ['nul.pdf', '_nul.pdf'],
    ['Aux.tar.pdf', '_Aux.tar.pdf'],
    ['com1.pdf', '_com1.pdf'],
    ['LPT9.pdf', '_LPT9.pdf'],
    ['rapport. ', 'rapport'],
    ['console.pdf', 'console.pdf'],
    ['rapport.pdf', 'rapport.pdf'],
  ])('fileSave("%s") saves as %s inside the exports folder, which stays a folder', async (name, saved) => {
    const { handlers, workspaceDir } = await realBackend();
    const result = await handlers.fileSave({ kind: 'pdf', suggestedName: name, contentBase64: bytes('%PDF-1.7') });
    const exportsDir = join(workspaceDir, 'Exports');
    expect(result).toEqual({ saved: true, path: join(exportsDir, saved) });
    expect((await stat(exportsDir)).isDirectory()).toBe(true);
    expect(await readdir(exportsDir)).toEqual([saved]);
    expect(await readFile(join(exportsDir, saved), 'utf8')).toBe('%PDF-1.7');
  });

  it('a chooser that answers a folder gets not-a-file, and the folder stays a folder with its files', async () => {
    const dir = await tempDir();
    const { handlers, workspaceDir } = await realBackend();
    await handlers.fileSave({ kind: 'csv', suggestedName: 'a.csv', contentBase64: bytes('a') });
    const exportsDir = join(workspaceDir, 'Exports');
    for (const folder of [exportsDir, join(exportsDir, '.'), join(exportsDir, '..'), dir]) {
      await expect(saveExport(async () => folder, 'pdf', 'x.pdf', Buffer.from('%PDF'))).rejects.toMatchObject({ code: 'not-a-file' });
    }
    expect((await stat(exportsDir)).isDirectory()).toBe(true);
    expect(await readdir(exportsDir)).toEqual(['a.csv']);
  });

  it('safeFileName removes separators and control characters', () => {
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j\u0001.pdf', 'export.pdf')).toBe('abcdefghij.pdf');
    expect(safeFileName('/', 'export.pdf')).toBe('export.pdf');
  });
});

describe('reserved names as document ids', () => {
  it.each(['con', 'nul', 'aux', 'prn', 'com1', 'com9', 'lpt1', 'lpt9'])('"%s" is not a valid id, not even in a request', (id) => {
    expect(DocumentId.safeParse(id).success).toBe(false);
    expect(contract.workspaceOpen.request.safeParse({ id }).success).toBe(false);
  });

  it.each(['con-1', 'console', 'nul-meting', 'com10', 'aux-plan'])('"%s" is a valid id', (id) => {
    expect(DocumentId.safeParse(id).success).toBe(true);
  });

  it('an imported document whose id is "con" gets a new id, as an id conflict would', async () => {
    const dir = await tempDir();
    const workspace = createWorkspace({ dir, newId: () => 'nieuwe-id' });
    const old = { ...newDocument('x-placeholder', 'Oud', '2026-01-01T00:00:00.000Z'), id: 'con' };
    const { document } = await workspace.importBytes(Buffer.from(JSON.stringify(old)));
    expect(document.id).toBe('nieuwe-id');
    expect((await readdir(dir)).filter((f) => f.endsWith('.json'))).toEqual(['nieuwe-id.impactwijzer.json']);
    expect((await workspace.open('nieuwe-id')).document.context.title).toBe('Oud');
  });

  it('an old version-1 file with id "nul" migrates and imports under a new id', async () => {
    const dir = await tempDir();
    const workspace = createWorkspace({ dir, newId: () => 'nieuwe-id' });
    const v1 = { ...JSON.parse(await readFile('test/fixtures/v1-minimal.json', 'utf8')), id: 'nul' };
    const { document, migratedFrom } = await workspace.importBytes(Buffer.from(JSON.stringify(v1)));
    expect({ id: document.id, migratedFrom }).toEqual({ id: 'nieuwe-id', migratedFrom: 1 });
  });
});
