/**
 * Temp files that a killed or crashed write left behind are removed when a workspace is opened.
 * Only our own: the verified write's `.<name>.iw-tmp-<hex>`, and the names earlier versions used
 * (`<id>.json.<n>` of write-file-atomic, `reservekopie/<id>.json.tmp`); nothing else is touched.
 */
import { lstat, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { isTempName } from './write';

/** Which names in one folder are leftovers of ours. */
export type TempRule = (name: string) => boolean;

const ID = '[a-z0-9][a-z0-9-]{2,63}';
/** write-file-atomic (before the verified write): `<file>.<uint32>`; short numbers are more likely a user's own name. */
const legacyAtomic = (file: string): TempRule => {
  const pattern = new RegExp(`^${file}\\.\\d{6,10}$`);
  return (name) => pattern.test(name);
};
const LEGACY_BACKUP = new RegExp(`^${ID}\\.json\\.tmp$`);
const either =
  (a: TempRule, b: TempRule): TempRule =>
  (name) =>
    a(name) || b(name);

/** Rules per kind of folder: documents, the workspace's own folder, backups, exports. */
export const tempRules = {
  documents: either(isTempName, legacyAtomic(`${ID}\\.json`)),
  own: either(isTempName, legacyAtomic('index\\.json')),
  backups: either(isTempName, (name) => LEGACY_BACKUP.test(name)),
  // Only our own names here: a user may keep other files in the exports folder.
  exports: isTempName,
};

/** Removes the leftovers in each folder (a missing folder is fine); returns the names removed. */
export async function removeStaleTemps(folders: { dir: string; rule: TempRule }[]): Promise<string[]> {
  const removed: string[] = [];
  for (const { dir, rule } of folders) {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names.filter(rule)) {
      const path = join(dir, name);
      const info = await lstat(path).catch(() => null);
      if (!info?.isFile()) continue;
      await unlink(path).then(
        () => removed.push(path),
        () => undefined,
      );
    }
  }
  return removed;
}
