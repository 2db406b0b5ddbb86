/** Chart geometry turned into page items. */
import { toneColour } from '../charts/palette';
import type { Chart } from '../charts/shapes';
import { PT, type Item } from './page';

/** Chart geometry (any units) scaled into mm at (x, y). Text sizes convert from mm to pt. */
export function paintChart(items: Item[], chart: Chart, x: number, y: number, scale: number): void {
  for (const s of chart.shapes) {
    if (s.kind === 'rect')
      items.push({
        kind: 'rect',
        x: x + s.x * scale,
        y: y + s.y * scale,
        w: s.width * scale,
        h: s.height * scale,
        fill: toneColour(s.tone),
      });
    else if (s.kind === 'line')
      items.push({
        kind: 'line',
        x1: x + s.x1 * scale,
        y1: y + s.y1 * scale,
        x2: x + s.x2 * scale,
        y2: y + s.y2 * scale,
        color: toneColour(s.tone),
        width: 0.3,
        dashed: s.dashed,
      });
    else if (s.kind === 'polyline')
      for (let i = 1; i < s.points.length; i++)
        items.push({
          kind: 'line',
          x1: x + s.points[i - 1]![0] * scale,
          y1: y + s.points[i - 1]![1] * scale,
          x2: x + s.points[i]![0] * scale,
          y2: y + s.points[i]![1] * scale,
          color: toneColour(s.tone),
          width: 0.4,
        });
    else if (s.kind === 'circle')
      items.push({
        kind: 'rect',
        x: x + (s.cx - s.r) * scale,
        y: y + (s.cy - s.r) * scale,
        w: 2 * s.r * scale,
        h: 2 * s.r * scale,
        fill: toneColour(s.tone),
      });
    else
      items.push({
        kind: 'text',
        x: x + s.x * scale,
        y: y + s.y * scale,
        text: s.text,
        size: (s.size * scale) / PT,
        bold: false,
        tone: s.tone,
        align: s.anchor === 'end' ? 'right' : s.anchor === 'middle' ? 'center' : 'left',
      });
  }
}
