import { describe, expect, it } from 'vitest';
import { buildWindowOptions } from '../../../electron/main/window';
import { centredDefault, restoreBounds } from '../../../electron/main/window-bounds';

const laptop = { x: 0, y: 0, width: 1440, height: 860 };
// A second monitor to the right of the laptop, a little higher.
const monitor = { x: 1440, y: -200, width: 2560, height: 1400 };

describe('restoreBounds', () => {
  it('keeps saved bounds that lie on a display that still exists', () => {
    expect(restoreBounds({ x: 100, y: 50, width: 1000, height: 700 }, [laptop])).toEqual({ x: 100, y: 50, width: 1000, height: 700 });
    expect(restoreBounds({ x: 1600, y: -150, width: 2000, height: 1200 }, [laptop, monitor])).toMatchObject({ x: 1600, width: 2000 });
  });

  it('keeps a window that sticks out a little, as long as its title bar can be reached', () => {
    expect(restoreBounds({ x: -20, y: 30, width: 320, height: 240 }, [laptop])).toEqual({ x: -20, y: 30, width: 320, height: 240 });
  });

  it('centres the default on the primary display when the saved display is gone', () => {
    // Last used on the second monitor, which is unplugged now.
    expect(restoreBounds({ x: 1600, y: -150, width: 2000, height: 1200 }, [laptop])).toEqual(centredDefault(laptop));
    expect(centredDefault(laptop)).toEqual({ x: 80, y: 0, width: 1280, height: 860 });
  });

  it('centres the default when the window is larger than its display, or its title bar is off-screen', () => {
    expect(restoreBounds({ x: 0, y: 0, width: 2000, height: 800 }, [laptop])).toEqual(centredDefault(laptop));
    expect(restoreBounds({ x: 100, y: -30, width: 800, height: 600 }, [laptop])).toEqual(centredDefault(laptop));
    expect(restoreBounds({ x: 1400, y: 100, width: 800, height: 600 }, [laptop])).toEqual(centredDefault(laptop));
  });

  it('fits the default into a small screen, and opens the default without saved bounds', () => {
    const small = { x: 0, y: 0, width: 1024, height: 728 };
    expect(restoreBounds(null, [small])).toEqual({ x: 0, y: 0, width: 1024, height: 728 });
    expect(restoreBounds(null, [])).toBeNull();
  });
});

describe('buildWindowOptions', () => {
  it('has DevTools off unless asked for (main asks only when the app is not packaged)', () => {
    expect(buildWindowOptions('p.cjs', null).webPreferences.devTools).toBe(false);
    expect(buildWindowOptions('p.cjs', null, { devTools: true }).webPreferences.devTools).toBe(true);
  });
});
