/** The page model of the report: positioned items on A4 pages (mm, text baselines), and its sizes. */
import type { Tone } from '../charts/shapes';

export type Item =
  | { kind: 'text'; x: number; y: number; text: string; size: number; bold: boolean; tone: Tone; align: 'left' | 'right' | 'center' }
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill: string }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; color: string; width: number; dashed?: boolean }
  | { kind: 'link'; x: number; y: number; w: number; h: number; page: number };

export interface Page {
  items: Item[];
  cover: boolean;
}

export interface OutlineEntry {
  title: string;
  level: 1 | 2 | 3;
  /** 1-based page number. */
  page: number;
}

export interface Laid {
  pages: Page[];
  outline: OutlineEntry[];
}

/** A4 portrait, in mm. */
export const PAGE = { width: 210, height: 297, left: 20, right: 20, top: 24, bottom: 22 };
/** The width between the margins, in mm. */
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** The lowest baseline room on a page, in mm from the top. */
export const BOTTOM = PAGE.height - PAGE.bottom;
/** One typographic point in mm. */
export const PT = 0.3528;
/** Line height in mm for a font size in pt. */
export const lineHeight = (size: number) => size * PT * 1.35;
/** Font sizes in pt. */
export const SIZES = { h1: 17, h2: 13, h3: 11, body: 10, small: 8.5, table: 8.5 };
/** The report's blue, for headings and rules. */
export const ACCENT = '#154273';
