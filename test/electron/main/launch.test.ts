import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileFromArgv } from '../../../electron/main/launch';
import { createQuitGuard } from '../../../electron/main/quit-guard';
import { withRecent } from '../../../electron/backend/handlers';

describe('a file opened from the operating system', () => {
  it.each([
    [['/opt/Impactwijzer/impactwijzer', '/home/a/Heerlen.impactwijzer'], '/home/a/Heerlen.impactwijzer'],
    [['C:\\Program Files\\Impactwijzer.exe', '--allow-file-access', 'rapport.json'], resolve('/tmp/cwd', 'rapport.json')],
    [['electron', '.', '--inspect', 'a.IMPACTWIJZER'], resolve('/tmp/cwd', 'a.IMPACTWIJZER')],
    [['impactwijzer'], null],
    [['impactwijzer', '--flag=x.json'], null],
    [['impactwijzer', 'notes.txt', 'image.png'], null],
    [['/Applications/Impactwijzer.app/Contents/MacOS/Impactwijzer', '-psn_0_12345'], null],
  ])('%j → %s', (argv, expected) => {
    expect(fileFromArgv(argv, '/tmp/cwd')).toBe(expected);
  });
});

describe('recent documents', () => {
  it('puts the opened one first, without duplicates, at most 10', () => {
    const list = Array.from({ length: 10 }, (_, i) => ({ id: `d-${i}`, title: `D${i}` }));
    const next = withRecent(list, { id: 'd-5', title: 'D5 nieuw' });
    expect(next[0]).toEqual({ id: 'd-5', title: 'D5 nieuw' });
    expect(next.filter((r) => r.id === 'd-5')).toHaveLength(1);
    expect(withRecent(list, { id: 'x', title: 'X' })).toHaveLength(10);
  });
});

describe('quitting first flushes any pending save', () => {
  function setup(hasWindow = true, discard = false) {
    const log: string[] = [];
    let timer: (() => void) | null = null;
    const guard = createQuitGuard({
      requestFlush: () => {
        log.push('flush');
        return hasWindow;
      },
      quit: () => log.push('quit'),
      confirmDiscard: async () => {
        log.push('ask');
        return discard;
      },
      timeoutMs: 5000,
      setTimer: (fn) => (timer = fn),
      clearTimer: () => (timer = null),
    });
    return { guard, log, fire: () => timer?.() };
  }

  it('holds the first quit, asks the renderer to save, and quits when it has', () => {
    const { guard, log } = setup();
    expect(guard.onBeforeQuit()).toBe(true);
    expect(guard.onBeforeQuit()).toBe(true);
    guard.ready(true);
    expect(log).toEqual(['flush', 'quit']);
    expect(guard.onBeforeQuit()).toBe(false);
  });

  it('asks the user when saving failed, and stays when they say so', async () => {
    const { guard, log } = setup(true, false);
    guard.onBeforeQuit();
    guard.ready(false);
    await Promise.resolve();
    expect(log).toEqual(['flush', 'ask']);
    expect(guard.state).toBe('idle');
  });

  it('asks the user when the renderer does not answer in time, and quits when they choose to', async () => {
    const { guard, log, fire } = setup(true, true);
    guard.onBeforeQuit();
    fire();
    await new Promise((r) => setTimeout(r, 0));
    expect(log).toEqual(['flush', 'ask', 'quit']);
  });

  it('quits at once when there is no window to ask', () => {
    const { guard } = setup(false);
    expect(guard.onBeforeQuit()).toBe(false);
  });
});
