import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { DocumentSummary } from '../../../shared/model/document';
import { writeVerified, type WriteFs } from '../storage/write';

const Entry = z.object({ size: z.number(), mtimeMs: z.number(), summary: DocumentSummary });
const Index = z.object({ version: z.literal(1), entries: z.record(z.string(), Entry) });
export type CacheEntry = z.infer<typeof Entry>;

/** Reads the list cache; a missing or damaged cache is simply empty (it is rebuilt). */
export async function readCache(path: string): Promise<Map<string, CacheEntry>> {
  try {
    const parsed = Index.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? new Map(Object.entries(parsed.data.entries)) : new Map();
  } catch {
    return new Map();
  }
}

/** Writes the list cache (verified, atomically). */
export async function writeCache(path: string, entries: Map<string, CacheEntry>, fs?: WriteFs): Promise<void> {
  await writeVerified(path, JSON.stringify({ version: 1, entries: Object.fromEntries(entries) }), { fs });
}
