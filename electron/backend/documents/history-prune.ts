/**
 * Which kept versions of a document stay: a pure function of the versions, the time and the
 * limits (no clock, no disk), so its table of cases is tested without waiting.
 */

/** What pruning needs of a version. */
export interface PrunableVersion {
  revision: number;
  /** ISO time of the save. */
  savedAt: string;
  /** Named versions (phase transitions, the freeze) are kept for good. */
  name: string | null;
  /** Size of the version file in bytes. */
  size: number;
}

export interface PruneLimits {
  /** The newest this many versions are kept. */
  last: number;
  /** For this many days back from now, the newest version of each calendar day (UTC) is kept. */
  days: number;
  /** The versions of one document take at most this many bytes: the oldest unnamed go first (the newest version always stays). */
  maxBytes: number;
}

export const DEFAULT_LIMITS: PruneLimits = { last: 50, days: 90, maxBytes: 200 * 1024 * 1024 };

const DAY_MS = 24 * 60 * 60 * 1000;

/** Splits versions into those kept and those to remove; both newest first. */
export function prune<V extends PrunableVersion>(versions: readonly V[], now: Date, limits: PruneLimits = DEFAULT_LIMITS) {
  const newestFirst = [...versions].sort((a, b) => b.revision - a.revision);
  const keep = new Set<V>();
  newestFirst.slice(0, limits.last).forEach((v) => keep.add(v));
  for (const v of newestFirst) if (v.name !== null) keep.add(v);
  const since = now.getTime() - limits.days * DAY_MS;
  const days = new Set<string>();
  for (const v of newestFirst) {
    const at = Date.parse(v.savedAt);
    if (!Number.isFinite(at) || at < since) continue;
    const day = new Date(at).toISOString().slice(0, 10);
    if (!days.has(day)) keep.add(v);
    days.add(day);
  }
  // The size bound: drop the oldest unnamed kept versions until the rest fit (never the newest).
  let total = newestFirst.filter((v) => keep.has(v)).reduce((sum, v) => sum + v.size, 0);
  for (const v of [...newestFirst].reverse()) {
    if (total <= limits.maxBytes) break;
    if (!keep.has(v) || v.name !== null || v === newestFirst[0]) continue;
    keep.delete(v);
    total -= v.size;
  }
  return { kept: newestFirst.filter((v) => keep.has(v)), removed: newestFirst.filter((v) => !keep.has(v)) };
}
