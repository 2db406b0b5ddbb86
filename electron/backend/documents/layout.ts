import { join } from 'node:path';
import { DocumentId } from '../../../shared/model/document';

/**
 * The marker of the workspace's own documents: `<id>.impactwijzer.json`. Every other file in the
 * folder belongs to someone else and is left exactly as it is (name, bytes, place).
 */
export const DOCUMENT_SUFFIX = '.impactwijzer.json';

/** The file name of a document id (the id is checked, so it can never name a path elsewhere). */
export function documentFileName(id: string): string {
  return `${DocumentId.parse(id)}${DOCUMENT_SUFFIX}`;
}

/** The document id a file name carries, or null when the file is not one of ours. */
export function idOfFileName(name: string): string | null {
  if (!name.endsWith(DOCUMENT_SUFFIX)) return null;
  const id = name.slice(0, -DOCUMENT_SUFFIX.length);
  return DocumentId.safeParse(id).success ? id : null;
}

/** Where the workspace keeps its own files, beside the assessments (one JSON file each). */
export function layoutOf(dir: string) {
  const own = join(dir, '.impactwijzer');
  return {
    dir,
    own,
    /** The previous version of each document, kept on every save. */
    backups: join(own, 'reservekopie'),
    /** Kept versions of each document (documents/history.ts): `versies/<id>/<revision>.json` and an index. */
    versions: join(own, 'versies'),
    /** Deleted documents, restorable. */
    trash: join(own, 'prullenbak'),
    /** Files that could not be read, with the reason beside them. */
    quarantine: join(own, 'quarantaine'),
    /** Where the bridge (which has no save dialog) puts exports. */
    exports: join(dir, 'Exports'),
    /** Cache of list metadata, keyed by file name, size and mtime. */
    index: join(own, 'index.json'),
    /** The original name of every document the migration had to give another name (id -> name). */
    originalNames: join(own, 'oorspronkelijke-namen.json'),
  };
}
export type Layout = ReturnType<typeof layoutOf>;

/** The folder of a document's kept versions (the id is checked, so it can never name a path elsewhere). */
export function versionFolder(layout: Layout, id: string): string {
  return join(layout.versions, DocumentId.parse(id));
}

/** The file name of one kept version: `<revision>.json`. */
export const versionFileName = (revision: number): string => `${revision}.json`;

/** The revision a version file name carries, or null when the name is not one of ours. */
export function revisionOfVersionName(name: string): number | null {
  const match = /^(0|[1-9]\d{0,9})\.json$/.exec(name);
  return match ? Number(match[1]) : null;
}
