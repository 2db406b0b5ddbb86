import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { safeFileName } from '../../../shared/model/file-name';
import { withDiskErrors } from '../node-errors';
import { writeVerified, type WriteFs } from '../storage/write';

export type ExportKind = 'pdf' | 'csv' | 'json' | 'docx' | 'xlsx';

/** Asks where to save (a native dialog in Electron); null when the user cancels. */
export type ChooseSavePath = (kind: ExportKind, suggestedName: string) => Promise<string | null>;

/**
 * The name offered to the chooser: never ".", "..", only dots and spaces, or a name Windows
 * reserves ("con.pdf"); such a name is rewritten (`export.<kind>`, `_con.pdf`).
 */
export function exportName(kind: ExportKind, suggestedName: string): string {
  return safeFileName(suggestedName, `export.${kind}`);
}

/** Saves export bytes where the user chose, through the verified write (a folder is never replaced). */
export async function saveExport(
  choose: ChooseSavePath,
  kind: ExportKind,
  suggestedName: string,
  bytes: Uint8Array,
  fs?: WriteFs,
): Promise<{ saved: boolean; path: string | null }> {
  const path = await choose(kind, exportName(kind, suggestedName));
  if (!path) return { saved: false, path: null };
  await withDiskErrors(() => mkdir(dirname(path), { recursive: true }));
  await writeVerified(path, bytes, { fs });
  return { saved: true, path };
}
