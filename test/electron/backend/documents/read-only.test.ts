import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { dispatch } from '../../../../electron/backend/dispatch';
import { wireBackend } from '../../../../electron/backend/wire';
import { newDocument } from '../../../../shared/model/document';
import { snapshot } from '../../../snapshot';

const isRoot = process.getuid?.() === 0;
const at = '2026-03-01T09:00:00.000Z';

/** A small tmpfs, filled and then remounted read-only: chmod does not stop root, a read-only mount does. */
async function readOnlyWorkspace(fill: (dir: string) => Promise<void>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'iw-ro-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', dir]);
  onTestFinished(async () => {
    execFileSync('umount', ['-l', dir]);
    await rm(dir, { recursive: true, force: true });
  });
  await fill(dir);
  execFileSync('mount', ['-o', 'remount,ro', dir]);
  return dir;
}

/** A settings store whose every write fails as on a read-only profile. */
function unwritableSettings() {
  const data: Record<string, unknown> = {};
  return {
    get store() {
      return data;
    },
    set store(_next: Record<string, unknown>) {
      throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
    },
  };
}

describe.skipIf(!isRoot)('a read-only workspace (a tmpfs remounted read-only; needs root)', () => {
  it('lists and opens, answers read-only on save, and changes nothing', async () => {
    const dir = await readOnlyWorkspace(async (d) => {
      await writeFile(join(d, 'alleen-lezen.impactwijzer.json'), JSON.stringify(newDocument('alleen-lezen', 'Alleen lezen', at)));
      await writeFile(join(d, 'oud-stijl.json'), JSON.stringify(newDocument('oud-stijl', 'Oude stijl', at)));
      await writeFile(join(d, 'kapot.impactwijzer.json'), '{"schemaVersion": 2, kapot');
    });
    const before = await snapshot(dir);
    const backend = wireBackend({ store: unwritableSettings(), defaultWorkspaceDir: dir, version: '0', transport: 'http' });

    const listed = await dispatch(backend, 'workspaceList', {});
    expect(listed).toMatchObject({ ok: true, value: { readOnly: true, documents: [{ id: 'alleen-lezen' }], quarantined: [] } });
    const skipped = listed.ok ? (listed.value as { skipped: { fileName: string; reason: { code: string } }[] }).skipped : [];
    // The damaged document cannot be moved aside here: it is reported with its reason instead.
    expect(skipped.map((s) => [s.fileName, s.reason.code])).toEqual([
      ['kapot.impactwijzer.json', 'file-not-json'],
      ['oud-stijl.json', 'not-recognised'],
    ]);
    expect(await dispatch(backend, 'workspaceList', {})).toEqual(listed);

    const opened = await dispatch(backend, 'workspaceOpen', { id: 'alleen-lezen' });
    expect(opened).toMatchObject({ ok: true, value: { document: { context: { title: 'Alleen lezen' } } } });
    const { document, revision } = opened.ok ? (opened.value as { document: unknown; revision: number }) : { document: null, revision: 0 };
    expect(await dispatch(backend, 'workspaceSave', { document, baseRevision: revision })).toEqual({
      ok: false,
      error: { code: 'read-only', params: {} },
    });
    expect(await dispatch(backend, 'workspaceOpen', { id: 'kapot' })).toMatchObject({ ok: false, error: { code: 'file-not-json' } });
    expect(await snapshot(dir)).toEqual(before);
  });
});
