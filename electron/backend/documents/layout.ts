import { join } from 'node:path';

/** Where the workspace keeps its own files, beside the assessments (one JSON file each). */
export function layoutOf(dir: string) {
  const own = join(dir, '.impactwijzer');
  return {
    dir,
    own,
    /** The previous version of each document, kept on every save. */
    backups: join(own, 'reservekopie'),
    /** Deleted documents, restorable. */
    trash: join(own, 'prullenbak'),
    /** Files that could not be read, with the reason beside them. */
    quarantine: join(own, 'quarantaine'),
    /** Where the bridge (which has no save dialog) puts exports. */
    exports: join(dir, 'Exports'),
    /** Cache of list metadata, keyed by file name, size and mtime. */
    index: join(own, 'index.json'),
  };
}
export type Layout = ReturnType<typeof layoutOf>;
