import { toneColour } from '../../shared/charts/palette';
import type { Chart } from '../../shared/charts/shapes';

/**
 * Paints chart geometry from shared/charts as SVG. The SVG is an image with a title; the data is
 * always also given as text (a table beside it), so `description` says where to find it.
 */
export function ChartSvg({
  chart,
  title,
  description,
  className,
}: {
  chart: Chart;
  title: string;
  description?: string;
  className?: string;
}) {
  return (
    <svg
      className={className}
      role="img"
      aria-label={title}
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      width={chart.width}
      height={chart.height}
    >
      <title>{title}</title>
      {description ? <desc>{description}</desc> : null}
      {chart.shapes.map((s, i) => {
        const colour = toneColour(s.tone);
        switch (s.kind) {
          case 'rect':
            return <rect key={i} x={s.x} y={s.y} width={s.width} height={s.height} fill={colour} />;
          case 'line':
            return (
              <line
                key={i}
                x1={s.x1}
                y1={s.y1}
                x2={s.x2}
                y2={s.y2}
                stroke={colour}
                strokeWidth={1}
                strokeDasharray={s.dashed ? '3 2' : undefined}
              />
            );
          case 'polyline':
            return <polyline key={i} points={s.points.map((p) => p.join(',')).join(' ')} fill="none" stroke={colour} strokeWidth={1.5} />;
          case 'circle':
            return <circle key={i} cx={s.cx} cy={s.cy} r={s.r} fill={colour} />;
          case 'text':
            return (
              <text key={i} x={s.x} y={s.y} fontSize={s.size} textAnchor={s.anchor} fill={colour}>
                {s.text}
              </text>
            );
        }
      })}
    </svg>
  );
}
