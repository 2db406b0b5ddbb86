/** Test helper: the shapes of a chart that reach outside its width × height. */
import type { Chart, Shape } from '../../../shared/charts/shapes';

const EPS = 1e-9;
const inX = (c: Chart, x: number) => Number.isFinite(x) && x >= -EPS && x <= c.width + EPS;
const inY = (c: Chart, y: number) => Number.isFinite(y) && y >= -EPS && y <= c.height + EPS;

function inside(c: Chart, s: Shape): boolean {
  switch (s.kind) {
    case 'rect':
      return s.width >= 0 && s.height >= 0 && inX(c, s.x) && inX(c, s.x + s.width) && inY(c, s.y) && inY(c, s.y + s.height);
    case 'line':
      return inX(c, s.x1) && inX(c, s.x2) && inY(c, s.y1) && inY(c, s.y2);
    case 'polyline':
      return s.points.every(([x, y]) => inX(c, x) && inY(c, y));
    case 'circle':
      return inX(c, s.cx - s.r) && inX(c, s.cx + s.r) && inY(c, s.cy - s.r) && inY(c, s.cy + s.r);
    case 'text':
      // y is the baseline; a cap height of about 0.7 × size must fit above it.
      return inX(c, s.x) && inY(c, s.y) && inY(c, s.y - 0.7 * s.size);
  }
}

/** Every shape of the chart that does not lie inside it (empty when all fit). */
export function outside(chart: Chart): Shape[] {
  return chart.shapes.filter((s) => !inside(chart, s));
}
