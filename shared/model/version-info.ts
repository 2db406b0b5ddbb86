/**
 * The schema of a kept version as it crosses the contract and lies in the history index. Apart from
 * version-diff.ts so the screens, which only show versions, load no zod.
 */
import { z } from 'zod';
import { Phase } from './document';
import { DIFF_PARTS, VERSION_NAMES, type VersionDiff, type VersionInfo as Info } from './version-diff';

const count = z.number().int().min(0);
const PartChange = z.object({ part: z.enum(DIFF_PARTS), added: count, removed: count, changed: count });

export const VersionDiffSchema = z.object({
  initial: z.boolean(),
  phase: Phase.nullable(),
  frozen: z.enum(['set', 'cleared']).nullable(),
  parts: z.array(PartChange),
}) satisfies z.ZodType<VersionDiff>;

/** One kept version (see VersionInfo in version-diff.ts). */
export const VersionInfo = z.object({
  revision: z.number().int().min(0),
  savedAt: z.string(),
  author: z.string(),
  name: z.enum(VERSION_NAMES).nullable(),
  summary: VersionDiffSchema,
  size: z.number().int().min(0),
  restoredFrom: z.number().int().min(0).nullable().default(null),
}) satisfies z.ZodType<Info, unknown>;
