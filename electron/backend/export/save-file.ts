import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { withDiskErrors } from '../node-errors';

export type ExportKind = 'pdf' | 'csv' | 'json';

/** Asks where to save (a native dialog in Electron); null when the user cancels. */
export type ChooseSavePath = (kind: ExportKind, suggestedName: string) => Promise<string | null>;

/** Saves export bytes where the user chose, atomically. */
export async function saveExport(
  choose: ChooseSavePath,
  kind: ExportKind,
  suggestedName: string,
  bytes: Uint8Array,
): Promise<{ saved: boolean; path: string | null }> {
  const path = await choose(kind, suggestedName);
  if (!path) return { saved: false, path: null };
  await withDiskErrors(async () => {
    await mkdir(dirname(path), { recursive: true });
    await writeFileAtomic(path, Buffer.from(bytes));
  });
  return { saved: true, path };
}
