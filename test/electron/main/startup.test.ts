import { describe, expect, it } from 'vitest';
import { onSecondInstance, startup } from '../../../electron/main/startup';

describe('startup', () => {
  it('runs the start only with the single-instance lock', () => {
    const calls: string[] = [];
    const deps = (lock: boolean) => ({
      requestSingleInstanceLock: () => (calls.push('lock'), lock),
      quit: () => void calls.push('quit'),
      start: () => void calls.push('start'),
    });
    expect(startup(deps(true))).toBe('first');
    expect(calls).toEqual(['lock', 'start']);
    calls.length = 0;
    expect(startup(deps(false))).toBe('second');
    expect(calls).toEqual(['lock', 'quit']);
  });
});

describe('onSecondInstance', () => {
  it('brings the window forward and opens the file the second instance was given, resolved against its folder', () => {
    const opened: string[] = [];
    let focused = 0;
    const deps = { focus: () => void focused++, openFile: (f: string) => void opened.push(f) };
    expect(onSecondInstance(['/opt/Impactwijzer/impactwijzer', '--flag', 'plan.impactwijzer'], '/home/ans/Bureaublad', deps)).toBe(
      '/home/ans/Bureaublad/plan.impactwijzer',
    );
    expect(onSecondInstance(['/opt/Impactwijzer/impactwijzer'], '/home/ans', deps)).toBeNull();
    expect(opened).toEqual(['/home/ans/Bureaublad/plan.impactwijzer']);
    expect(focused).toBe(2);
  });
});
