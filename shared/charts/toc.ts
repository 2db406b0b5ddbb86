/**
 * The theory-of-change diagram: four columns (activities, outputs, outcomes, impacts), a box per
 * step with its text wrapped to a few lines and a note under it, and an arrow per link. A link whose
 * assumption has no evidence is dashed. Pure geometry: text is wrapped by an estimate of the
 * average glyph width (the painters need no font metrics), and the full texts stay in the table
 * beside the diagram.
 */
import { centredBaseline } from './scale';
import type { Chart, Shape, Tone } from './shapes';

export interface TocNode {
  id: string;
  label: string;
  /** A short line under the label, e.g. "2 indicatoren" or "geen indicator". */
  note?: string;
  noteTone?: Tone;
}

export interface TocEdge {
  from: string;
  to: string;
  /** False: the link rests on an assumption without evidence (drawn dashed). */
  evidenced: boolean;
}

export interface TocDiagramInput {
  /** The four column headings. */
  headings: readonly string[];
  /** The steps per column, in order. */
  columns: readonly (readonly TocNode[])[];
  edges: readonly TocEdge[];
  /** The legend's two words: a link with evidence (or without assumption), and one without evidence. */
  legend: { evidenced: string; unevidenced: string };
}

export interface TocDiagramOptions {
  nodeWidth: number;
  columnGap: number;
  rowGap: number;
  fontSize: number;
  /** Lines of label per box (the last one ends in "…" when the text is longer). */
  lines: number;
}

const DEFAULTS: TocDiagramOptions = { nodeWidth: 150, columnGap: 36, rowGap: 10, fontSize: 10, lines: 4 };
/** The average glyph width as a share of the font size (Noto Sans and system sans-serifs). */
const GLYPH = 0.54;
const PAD = 5;

/** Wraps text into at most `lines` lines of at most `chars` characters; the last line ends in "…" when text is left over. */
export function wrapText(text: string, chars: number, lines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let line = '';
  let i = 0;
  for (; i < words.length; i++) {
    const word = words[i]!.length > chars ? `${words[i]!.slice(0, chars - 1)}…` : words[i]!;
    const next = line ? `${line} ${word}` : word;
    if (next.length <= chars) {
      line = next;
      continue;
    }
    out.push(line);
    line = word;
    if (out.length === lines) break;
  }
  if (out.length < lines && line) {
    out.push(line);
    line = '';
    i = words.length;
  }
  if (i < words.length || line) {
    let last = out[lines - 1] ?? '';
    // Room for the ellipsis: drop whole words first, cut a single long word.
    while (last.length >= chars && last.includes(' ')) last = last.slice(0, last.lastIndexOf(' '));
    out[lines - 1] = `${last.length >= chars ? last.slice(0, chars - 1) : last}…`;
  }
  return out;
}

/** Where each box went, by step id (for tests and for the painters' hit areas). */
export interface TocBox {
  id: string;
  column: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Lays out the diagram. Columns are centred vertically on the tallest. */
export function tocDiagram(input: TocDiagramInput, options: Partial<TocDiagramOptions> = {}): { chart: Chart; boxes: TocBox[] } {
  const o = { ...DEFAULTS, ...options };
  const lineHeight = o.fontSize * 1.25;
  const noteSize = o.fontSize * 0.85;
  const boxHeight = PAD * 2 + o.lines * lineHeight + noteSize * 1.3;
  const header = o.fontSize * 2;
  const chars = Math.max(4, Math.floor((o.nodeWidth - 2 * PAD) / (o.fontSize * GLYPH)));
  const tallest = Math.max(1, ...input.columns.map((c) => c.length));
  const bodyHeight = tallest * boxHeight + (tallest - 1) * o.rowGap;
  const legendY = header + bodyHeight + o.fontSize * 1.6;
  const width = input.columns.length * o.nodeWidth + (input.columns.length - 1) * o.columnGap;
  const height = legendY + o.fontSize * 0.8;
  const shapes: Shape[] = [];
  const boxes: TocBox[] = [];

  input.columns.forEach((column, c) => {
    const x = c * (o.nodeWidth + o.columnGap);
    shapes.push({
      kind: 'text',
      x: x + o.nodeWidth / 2,
      y: o.fontSize * 1.1,
      text: input.headings[c] ?? '',
      anchor: 'middle',
      tone: 'neutral',
      size: o.fontSize * 1.1,
    });
    const own = column.length * boxHeight + Math.max(0, column.length - 1) * o.rowGap;
    const top = header + (bodyHeight - own) / 2;
    column.forEach((node, r) => {
      const y = top + r * (boxHeight + o.rowGap);
      boxes.push({ id: node.id, column: c, x, y, width: o.nodeWidth, height: boxHeight });
      shapes.push(...outline(x, y, o.nodeWidth, boxHeight));
      wrapText(node.label, chars, o.lines).forEach((text, l) =>
        shapes.push({
          kind: 'text',
          x: x + PAD,
          y: y + PAD + (l + 0.8) * lineHeight,
          text,
          anchor: 'start',
          tone: 'neutral',
          size: o.fontSize,
        }),
      );
      if (node.note)
        shapes.push({
          kind: 'text',
          x: x + PAD,
          y: y + boxHeight - PAD,
          text: node.note,
          anchor: 'start',
          tone: node.noteTone ?? 'muted',
          size: noteSize,
        });
    });
  });

  const byId = new Map(boxes.map((b) => [b.id, b]));
  for (const edge of input.edges) {
    const a = byId.get(edge.from);
    const b = byId.get(edge.to);
    if (!a || !b || b.column !== a.column + 1) continue;
    shapes.push(...arrow(a.x + a.width, a.y + a.height / 2, b.x, b.y + b.height / 2, !edge.evidenced));
  }
  shapes.push(...legend(legendY, o.fontSize, input.legend));
  return { chart: { width, height, shapes }, boxes };
}

function outline(x: number, y: number, w: number, h: number): Shape[] {
  const tone: Tone = 'target';
  return [
    { kind: 'line', x1: x, y1: y, x2: x + w, y2: y, tone },
    { kind: 'line', x1: x + w, y1: y, x2: x + w, y2: y + h, tone },
    { kind: 'line', x1: x + w, y1: y + h, x2: x, y2: y + h, tone },
    { kind: 'line', x1: x, y1: y + h, x2: x, y2: y, tone },
  ];
}

/** A line with a small open arrowhead at its end. */
function arrow(x1: number, y1: number, x2: number, y2: number, dashed: boolean): Shape[] {
  const tone: Tone = dashed ? 'muted' : 'neutral';
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const head = (side: number): [number, number] => [x2 - 5 * Math.cos(angle + side * 0.45), y2 - 5 * Math.sin(angle + side * 0.45)];
  return [
    { kind: 'line', x1, y1, x2, y2, tone, dashed },
    { kind: 'polyline', points: [head(1), [x2, y2], head(-1)], tone },
  ];
}

function legend(y: number, size: number, words: TocDiagramInput['legend']): Shape[] {
  const s = size * 0.85;
  const mid = centredBaseline(y, s);
  const second = 28 + words.evidenced.length * s * GLYPH + 24;
  return [
    { kind: 'line', x1: 0, y1: y, x2: 22, y2: y, tone: 'neutral' },
    { kind: 'text', x: 26, y: mid, text: words.evidenced, anchor: 'start', tone: 'neutral', size: s },
    { kind: 'line', x1: second, y1: y, x2: second + 22, y2: y, tone: 'muted', dashed: true },
    { kind: 'text', x: second + 26, y: mid, text: words.unevidenced, anchor: 'start', tone: 'neutral', size: s },
  ];
}
