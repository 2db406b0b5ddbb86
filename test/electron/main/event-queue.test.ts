import { describe, expect, it } from 'vitest';
import { createEventQueue } from '../../../electron/main/event-queue';

/** A fake window: records what reaches the page, or refuses when there is none. */
function page() {
  const received: string[] = [];
  let open = true;
  return {
    received,
    close: () => (open = false),
    deliver: (event: string) => {
      if (!open) return false;
      received.push(event);
      return true;
    },
  };
}

describe('events wait until the renderer listens', () => {
  it('holds events sent before rendererReady and delivers them in order after it', () => {
    const p = page();
    const queue = createEventQueue(p.deliver);
    expect(queue.send('open-document a')).toBe(true);
    expect(queue.send('new')).toBe(true);
    expect(p.received).toEqual([]);
    queue.ready();
    expect(p.received).toEqual(['open-document a', 'new']);
    queue.send('undo');
    expect(p.received).toEqual(['open-document a', 'new', 'undo']);
  });

  it('holds again after a reload until the new page says it listens', () => {
    const p = page();
    const queue = createEventQueue(p.deliver);
    queue.ready();
    queue.reset();
    expect(queue.listening).toBe(false);
    queue.send('open-document b');
    expect(p.received).toEqual([]);
    queue.ready();
    expect(p.received).toEqual(['open-document b']);
  });

  it('tells the sender when there is no window, and keeps only the newest events past its limit', () => {
    const p = page();
    const queue = createEventQueue(p.deliver, 2);
    queue.send('1');
    queue.send('2');
    queue.send('3');
    queue.ready();
    expect(p.received).toEqual(['2', '3']);
    p.close();
    expect(queue.send('4')).toBe(false);
  });
});
