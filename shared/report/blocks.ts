/** The report's content as blocks: what to say, before any page layout. */
import type { Chart, Tone } from '../charts/shapes';

/** A table cell: text, optionally bold or toned, or a small chart (a sparkline). */
export type Cell = string | { text: string; tone?: Tone; bold?: boolean } | { chart: Chart; alt: string };

export interface Column {
  header: string;
  /** Relative width. */
  width: number;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; pageBreakBefore?: boolean }
  | { kind: 'paragraph'; text: string; style?: 'normal' | 'muted' | 'small' | 'bold' }
  | { kind: 'fields'; rows: [string, string][] }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; columns: Column[]; rows: Cell[][]; fontSize?: number }
  | { kind: 'chart'; chart: Chart; title: string; width: number }
  | { kind: 'toc'; title: string }
  | { kind: 'cover'; title: string; subtitle: string; fields: [string, string][]; footer: string };

/** The whole report before layout. */
export interface ReportContent {
  title: string;
  subtitle: string;
  author: string;
  subject: string;
  keywords: string;
  language: 'nl' | 'en';
  blocks: Block[];
}

/** The text of a cell, for measuring and for search. */
export function cellText(cell: Cell): string {
  if (typeof cell === 'string') return cell;
  return 'text' in cell ? cell.text : cell.alt;
}
