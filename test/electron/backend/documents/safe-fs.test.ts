import { describe, expect, it, vi } from 'vitest';
import { withTimeLimit } from '../../../../electron/backend/documents/safe-fs';

describe('the time limit of a file operation', () => {
  it('answers timed-out when the operation hangs, and hands a late value to be cleaned up', async () => {
    vi.useFakeTimers();
    try {
      let finish!: (value: string) => void;
      const hanging = new Promise<string>((resolve) => (finish = resolve));
      const late = vi.fn();
      const limited = withTimeLimit(hanging, 2000, late);
      const outcome = limited.then(
        () => 'resolved',
        (err: { info: unknown }) => err.info,
      );
      await vi.advanceTimersByTimeAsync(2000);
      expect(await outcome).toEqual({ code: 'timed-out', params: { seconds: 2 } });
      finish('handle');
      await vi.runAllTimersAsync();
      expect(late).toHaveBeenCalledWith('handle');
    } finally {
      vi.useRealTimers();
    }
  });

  it('passes an answer in time through, and clears its timer', async () => {
    vi.useFakeTimers();
    try {
      const late = vi.fn();
      expect(await withTimeLimit(Promise.resolve(7), 2000, late)).toBe(7);
      expect(vi.getTimerCount()).toBe(0);
      expect(late).not.toHaveBeenCalled();
      await expect(withTimeLimit(Promise.reject(new Error('EIO')), 2000)).rejects.toThrow('EIO');
    } finally {
      vi.useRealTimers();
    }
  });
});
