import { copyFile, mkdir, readdir, readFile, rename, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { BackendError, type QuarantinedFile, type TrashedDocument } from '../../../shared/api';
import { phaseProgress } from '../../../shared/analysis/progress';
import { AssessmentDocument, DocumentId, newDocument, type DocumentSummary } from '../../../shared/model/document';
import { LoadError, parseDocumentBytes } from '../../../shared/model/load';
import { slugify } from '../../../shared/model/slug';
import { readCache, writeCache, type CacheEntry } from './list-cache';
import { layoutOf } from './layout';
import { readDocumentFile } from './read';

/** Effects the workspace needs, injected so tests run it on a real temp folder. */
export interface WorkspaceDeps {
  /** The folder that holds one JSON file per assessment. */
  dir: string;
  /** The folder with example assessments (assets/examples). */
  examplesDir?: string;
  now?: () => Date;
  newId?: () => string;
}

/** The example offered on the start screen. */
export const EXAMPLE_FILE = 'medtech-heerlen.json';

/** The summary the list shows of a document. */
export function summarize(document: AssessmentDocument): DocumentSummary {
  return {
    id: document.id,
    title: document.context.title,
    phase: document.context.phase,
    updatedAt: document.updatedAt,
    progress: Math.round(phaseProgress(document, document.context.phase).share * 100) / 100,
  };
}

/** A LoadError as a message for the user: the reason, then the first problems with their paths. */
export function describeLoadError(err: LoadError, max = 8): string {
  const lines = err.problems.slice(0, max).map((p) => `- ${p.path}: ${p.message}`);
  if (err.problems.length > max) lines.push(`- … en nog ${err.problems.length - max}`);
  return [err.message, ...lines].join('\n');
}

/** Runs `fn` over items with at most `limit` at a time. */
async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

const isMissing = (err: unknown) => (err as NodeJS.ErrnoException).code === 'ENOENT';

/** The workspace: one JSON file per assessment, with backups, trash and quarantine beside them. */
export function createWorkspace(deps: WorkspaceDeps) {
  const paths = layoutOf(deps.dir);
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const fileOf = (id: string) => join(paths.dir, `${DocumentId.parse(id)}.json`);

  async function exists(path: string): Promise<boolean> {
    return stat(path).then(
      () => true,
      () => false,
    );
  }

  async function freeId(preferred: string): Promise<string> {
    return DocumentId.safeParse(preferred).success && !(await exists(fileOf(preferred))) ? preferred : newId();
  }

  /** Atomic write (temp file + rename, fsync'd); the version it replaces becomes the backup. */
  async function write(document: AssessmentDocument): Promise<void> {
    const target = fileOf(document.id);
    await mkdir(paths.backups, { recursive: true });
    const backup = join(paths.backups, `${document.id}.json`);
    try {
      await copyFile(target, `${backup}.tmp`);
      await rename(`${backup}.tmp`, backup);
    } catch (err) {
      if (!isMissing(err)) throw err;
    }
    await writeFileAtomic(target, `${JSON.stringify(document, null, 2)}\n`, { encoding: 'utf8' });
  }

  /** Moves an unreadable file aside with the reason; it is never overwritten or deleted. */
  async function quarantine(fileName: string, reason: string): Promise<void> {
    await mkdir(paths.quarantine, { recursive: true });
    const stamp = now().toISOString().replace(/[:.]/g, '-');
    const moved = `${stamp}-${fileName}`;
    await rename(join(paths.dir, fileName), join(paths.quarantine, moved));
    await writeFile(join(paths.quarantine, `${moved}.reden.txt`), `${fileName}\n${reason}\n`, 'utf8');
  }

  async function quarantined(): Promise<QuarantinedFile[]> {
    const names = await readdir(paths.quarantine).catch(() => [] as string[]);
    const files = names.filter((n) => !n.endsWith('.reden.txt'));
    return Promise.all(
      files.map(async (name) => {
        const text = await readFile(join(paths.quarantine, `${name}.reden.txt`), 'utf8').catch(() => '\nOnbekende reden');
        const [original, ...reason] = text.trimEnd().split('\n');
        const info = await stat(join(paths.quarantine, name)).catch(() => null);
        return { fileName: original || name, reason: reason.join('\n'), quarantinedAt: (info?.mtime ?? now()).toISOString() };
      }),
    );
  }

  async function openFile(id: string): Promise<AssessmentDocument> {
    try {
      const { document } = await readDocumentFile(fileOf(id));
      return { ...document, id };
    } catch (err) {
      if (err instanceof LoadError) {
        if (!(await exists(fileOf(id)))) throw new BackendError('not-found', 'Deze beoordeling bestaat niet (meer) in de werkmap.');
        await quarantine(`${id}.json`, describeLoadError(err));
        throw new BackendError('io', `Dit bestand is beschadigd en in quarantaine gezet. ${err.message}`);
      }
      throw err;
    }
  }

  /** Parses (a failure changes nothing), then writes the document under a free id. */
  async function adopt(parse: () => Promise<{ document: AssessmentDocument; migratedFrom: number | null }>) {
    let parsed;
    try {
      parsed = await parse();
    } catch (err) {
      if (err instanceof LoadError) throw new BackendError('invalid-request', describeLoadError(err));
      throw err;
    }
    const document = { ...parsed.document, id: await freeId(parsed.document.id) };
    await mkdir(paths.dir, { recursive: true });
    await write(document);
    return { document, migratedFrom: parsed.migratedFrom };
  }

  return {
    dir: paths.dir,

    /** The documents (newest first) and the files that were set aside. Cached by size and mtime. */
    async list(): Promise<{ documents: DocumentSummary[]; quarantined: QuarantinedFile[] }> {
      await mkdir(paths.own, { recursive: true });
      const entries = await readdir(paths.dir, { withFileTypes: true });
      const cache = await readCache(paths.index);
      const fresh = new Map<string, CacheEntry>();
      let changed = false;
      const summaries = await mapLimit(
        entries.filter((e) => e.isFile() && e.name.endsWith('.json')),
        16,
        async (entry): Promise<DocumentSummary | null> => {
          let name = entry.name;
          if (!DocumentId.safeParse(name.slice(0, -5)).success) {
            // A file renamed or copied by hand: adopt it under a fresh id rather than hide it.
            const adopted = `${newId()}.json`;
            await rename(join(paths.dir, name), join(paths.dir, adopted));
            name = adopted;
          }
          const path = join(paths.dir, name);
          const info = await stat(path).catch(() => null);
          if (!info) return null;
          const cached = cache.get(name);
          if (cached && cached.size === info.size && cached.mtimeMs === info.mtimeMs) {
            fresh.set(name, cached);
            return cached.summary;
          }
          changed = true;
          try {
            const bytes = await readFile(path);
            const { document } = parseDocumentBytes(bytes);
            const summary = summarize({ ...document, id: name.slice(0, -5) });
            fresh.set(name, { size: info.size, mtimeMs: info.mtimeMs, summary });
            return summary;
          } catch (err) {
            if (err instanceof LoadError) {
              await quarantine(name, describeLoadError(err));
              return null;
            }
            throw err;
          }
        },
      );
      if (changed || fresh.size !== cache.size) await writeCache(paths.index, fresh);
      const documents = summaries.filter((s): s is DocumentSummary => s !== null).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      return { documents, quarantined: await quarantined() };
    },

    async create(title: string, language: 'nl' | 'en' = 'nl'): Promise<AssessmentDocument> {
      const document = newDocument(await freeId(newId()), title.trim(), now().toISOString(), language);
      await mkdir(paths.dir, { recursive: true });
      await write(document);
      return document;
    },

    open: openFile,

    /** Saves the document under its id (a deleted file is written anew: nothing is lost). */
    async save(document: AssessmentDocument): Promise<DocumentSummary> {
      const saved = { ...document, updatedAt: now().toISOString() };
      await mkdir(paths.dir, { recursive: true });
      await write(saved);
      return summarize(saved);
    },

    async duplicate(id: string): Promise<AssessmentDocument> {
      const source = await openFile(id);
      const stamp = now().toISOString();
      const suffix = source.context.language === 'en' ? ' (copy)' : ' (kopie)';
      const copy: AssessmentDocument = {
        ...source,
        id: newId(),
        createdAt: stamp,
        updatedAt: stamp,
        context: { ...source.context, title: `${source.context.title}${suffix}`.slice(0, 300) },
      };
      await write(copy);
      return copy;
    },

    /** Moves the document to the trash folder, from which it can be restored. */
    async remove(id: string): Promise<void> {
      await mkdir(paths.trash, { recursive: true });
      const trashed = join(paths.trash, `${id}.json`);
      try {
        await rename(fileOf(id), trashed);
      } catch (err) {
        if (isMissing(err)) throw new BackendError('not-found', 'Deze beoordeling bestaat niet (meer) in de werkmap.');
        throw err;
      }
      const t = now();
      await utimes(trashed, t, t);
    },

    async trash(): Promise<TrashedDocument[]> {
      const names = (await readdir(paths.trash).catch(() => [] as string[])).filter((n) => n.endsWith('.json'));
      const items = await mapLimit(names, 16, async (name) => {
        const path = join(paths.trash, name);
        try {
          const [{ document }, info] = await Promise.all([readDocumentFile(path), stat(path)]);
          return { id: name.slice(0, -5), title: document.context.title, deletedAt: info.mtime.toISOString() };
        } catch {
          return null;
        }
      });
      return items.filter((x): x is TrashedDocument => x !== null).sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
    },

    async restore(id: string): Promise<DocumentSummary> {
      const from = join(paths.trash, `${DocumentId.parse(id)}.json`);
      if (!(await exists(from))) throw new BackendError('not-found', 'Deze beoordeling staat niet (meer) in de prullenbak.');
      const target = await freeId(id);
      if (target === id) await rename(from, fileOf(id));
      else {
        const { document } = await readDocumentFile(from);
        await write({ ...document, id: target });
        await rename(from, `${from}.hersteld`);
      }
      return summarize(await openFile(target));
    },

    /** Imports a document from bytes: validated and migrated first, so a failure changes nothing. */
    importBytes(bytes: Uint8Array): Promise<{ document: AssessmentDocument; migratedFrom: number | null }> {
      return adopt(async () => parseDocumentBytes(bytes));
    },

    /** Imports a file from anywhere (the native open dialog, or a file opened from the system). */
    importFile(path: string): Promise<{ document: AssessmentDocument; migratedFrom: number | null }> {
      return adopt(() => readDocumentFile(path));
    },

    async exportJson(id: string): Promise<{ fileName: string; content: string }> {
      const document = await openFile(id);
      return { fileName: `${slugify(document.context.title, document.id)}.json`, content: `${JSON.stringify(document, null, 2)}\n` };
    },

    /** Puts the example in the workspace (once) and returns it. */
    async addExample(): Promise<AssessmentDocument> {
      if (!deps.examplesDir) throw new BackendError('not-found', 'Er is geen voorbeeld beschikbaar.');
      const { document } = await readDocumentFile(join(deps.examplesDir, EXAMPLE_FILE));
      if (await exists(fileOf(document.id))) return openFile(document.id);
      await mkdir(paths.dir, { recursive: true });
      await write(document);
      return document;
    },
  };
}

/** The workspace's operations. */
export type Workspace = ReturnType<typeof createWorkspace>;
