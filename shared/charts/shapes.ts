/**
 * The plain shapes every chart is made of, in abstract units (numbers only). The same geometry
 * is painted by the React SVG components and by the jsPDF report painter, so nothing here knows
 * about SVG, the DOM or PDF.
 */

/** What a shape means; the painters colour it from charts/palette.ts. */
export type Tone = 'positive' | 'negative' | 'neutral' | 'muted' | 'target' | 'baseline';

export interface Rect {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  tone: Tone;
  label?: string;
}
export interface Line {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  tone: Tone;
  dashed?: boolean;
}
export interface Polyline {
  kind: 'polyline';
  points: [number, number][];
  tone: Tone;
}
export interface Circle {
  kind: 'circle';
  cx: number;
  cy: number;
  r: number;
  tone: Tone;
}
/** `y` is the text baseline, as in both SVG and jsPDF. */
export interface Text {
  kind: 'text';
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  tone: Tone;
  size: number;
}
export type Shape = Rect | Line | Polyline | Circle | Text;
export interface Chart {
  width: number;
  height: number;
  shapes: Shape[];
}
