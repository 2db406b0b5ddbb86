import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, prune, type PrunableVersion } from '../../../../electron/backend/documents/history-prune';

const NOW = new Date('2026-06-30T12:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;

/** A version saved `daysAgo` days (plus `minutes`) before NOW. */
function v(revision: number, daysAgo: number, extra: Partial<PrunableVersion> = {}, minutes = 0): PrunableVersion {
  return { revision, savedAt: new Date(NOW.getTime() - daysAgo * DAY - minutes * 60_000).toISOString(), name: null, size: 1000, ...extra };
}
const revisions = (list: PrunableVersion[]) => list.map((x) => x.revision);

describe('prune (pure: versions, now, limits)', () => {
  it('keeps everything while there are no more than 50 versions', () => {
    const versions = Array.from({ length: 50 }, (_, i) => v(i + 1, 0, {}, 50 - i));
    const { kept, removed } = prune(versions, NOW);
    expect(kept).toHaveLength(50);
    expect(removed).toEqual([]);
    expect(kept[0]!.revision).toBe(50);
  });

  it('60 saves on one day keep the last 50 (the newest of the day is among them)', () => {
    const versions = Array.from({ length: 60 }, (_, i) => v(i + 1, 0, {}, 60 - i));
    const { kept, removed } = prune(versions, NOW);
    expect(revisions(kept)).toEqual(Array.from({ length: 50 }, (_, i) => 60 - i));
    expect(revisions(removed)).toEqual(Array.from({ length: 10 }, (_, i) => 10 - i));
  });

  it('beyond the last 50, keeps the newest version of each calendar day for 90 days, and none older', () => {
    // 100 days with three saves each (revisions grow with time), then 50 saves today.
    const versions: PrunableVersion[] = [];
    let rev = 0;
    for (let day = 100; day >= 1; day--) for (const minutes of [300, 200, 100]) versions.push(v(++rev, day, {}, minutes));
    for (let i = 50; i >= 1; i--) versions.push(v(++rev, 0, {}, i));
    const { kept } = prune(versions, NOW);
    const older = kept.filter((x) => Date.parse(x.savedAt) < NOW.getTime() - DAY / 2);
    // Days 1…89 fall within 90 days of now (day 90 is exactly 90×24 h + minutes back: outside).
    expect(older).toHaveLength(89);
    for (const x of older) expect(NOW.getTime() - Date.parse(x.savedAt)).toBeLessThan(90 * DAY);
    // The one kept of each day is the newest of that day (saved 100 minutes before the day's mark).
    expect(older.every((x) => x.revision % 3 === 0)).toBe(true);
    expect(kept).toHaveLength(50 + 89);
  });

  it('keeps named versions for good, however old and however many saves came after', () => {
    const named = v(1, 400, { name: 'start-implementation' });
    const frozen = v(2, 399, { name: 'frozen' });
    const later = Array.from({ length: 80 }, (_, i) => v(i + 3, 0, {}, 80 - i));
    const { kept, removed } = prune([named, frozen, ...later], NOW);
    expect(revisions(kept)).toContain(1);
    expect(revisions(kept)).toContain(2);
    expect(removed.every((x) => x.name === null)).toBe(true);
  });

  it('bounds the total size: the oldest unnamed go first, named and the newest stay', () => {
    const versions = [v(1, 3, { size: 40 }), v(2, 2, { size: 40, name: 'start-evaluation' }), v(3, 1, { size: 40 }), v(4, 0, { size: 40 })];
    const { kept, removed } = prune(versions, NOW, { ...DEFAULT_LIMITS, maxBytes: 100 });
    expect(revisions(kept)).toEqual([4, 2]);
    expect(revisions(removed)).toEqual([3, 1]);
    // Even when the newest alone is too large it stays (the current content is never dropped).
    expect(revisions(prune([v(1, 1, { size: 10 }), v(2, 0, { size: 500 })], NOW, { ...DEFAULT_LIMITS, maxBytes: 100 }).kept)).toEqual([2]);
  });

  it('a version with an unreadable date counts only for the last 50', () => {
    const versions = [v(1, 0, { savedAt: 'not a date' }), ...Array.from({ length: 50 }, (_, i) => v(i + 2, 0, {}, 50 - i))];
    expect(revisions(prune(versions, NOW).removed)).toEqual([1]);
  });
});
