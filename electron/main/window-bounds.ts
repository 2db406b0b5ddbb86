/**
 * Where the main window opens: the saved bounds only when they still fit a display that exists
 * now. A monitor unplugged since the last run, a smaller screen or a changed resolution would
 * otherwise put the window where nobody can see or reach it.
 */
import type { WindowBounds } from '../../shared/api';

/** A rectangle on the desktop (Electron's Rectangle). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The size of a new window (and of one whose saved bounds do not fit). */
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 860 } as const;

/** The part of a window that must be on a display to be reached by the mouse: its title bar. */
const TITLE_BAR = 40;

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The default size, no larger than the work area, centred in it. */
export function centredDefault(workArea: Rect): Rect {
  const width = Math.min(DEFAULT_WINDOW_SIZE.width, workArea.width);
  const height = Math.min(DEFAULT_WINDOW_SIZE.height, workArea.height);
  return {
    x: workArea.x + Math.floor((workArea.width - width) / 2),
    y: workArea.y + Math.floor((workArea.height - height) / 2),
    width,
    height,
  };
}

/**
 * The bounds to open the window with, checked against the work areas of the displays there are
 * now (`screen.getAllDisplays()`, primary first): the saved bounds when the window fits the
 * display it is mostly on and its title bar lies on it; else the default size centred on the
 * primary display. Nothing saved, or no display known: the default centred where possible.
 */
export function restoreBounds(saved: WindowBounds | null, workAreas: readonly Rect[]): Rect | null {
  const primary = workAreas[0];
  if (!primary) return null;
  if (!saved || ![saved.x, saved.y, saved.width, saved.height].every(Number.isFinite)) return centredDefault(primary);
  let best: Rect | null = null;
  let bestOverlap = 0;
  for (const area of workAreas) {
    const o = overlap(saved, area);
    if (o > bestOverlap) [best, bestOverlap] = [area, o];
  }
  if (!best) return centredDefault(primary);
  const fits = saved.width <= best.width && saved.height <= best.height;
  const titleBar = { x: saved.x, y: saved.y, width: saved.width, height: Math.min(TITLE_BAR, saved.height) };
  const reachable = overlap(titleBar, best) >= Math.min(titleBar.width, 100) * titleBar.height && saved.y >= best.y;
  return fits && reachable ? { x: saved.x, y: saved.y, width: saved.width, height: saved.height } : centredDefault(primary);
}
