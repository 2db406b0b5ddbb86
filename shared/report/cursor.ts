/** Where the layout is writing: the pages so far, the current page and the y on it. */
import type { Tone } from '../charts/shapes';
import { BOTTOM, lineHeight, PAGE, type OutlineEntry, type Page } from './page';
import { wrap, type Measure, type Typeset } from './text';

/** The layout's pen: pages, current page, y, and the outline collected on the way. */
export class Cursor {
  readonly pages: Page[] = [];
  readonly outline: OutlineEntry[] = [];
  page: Page = { items: [], cover: false };
  y = PAGE.top;

  constructor(readonly typeset: Typeset) {
    this.newPage();
  }

  /** The measurer of the painted fonts. */
  get measure(): Measure {
    return this.typeset.measure;
  }

  /** The 1-based number of the current page. */
  get pageNumber(): number {
    return this.pages.length;
  }

  newPage(cover = false): void {
    this.page = { items: [], cover };
    this.pages.push(this.page);
    this.y = PAGE.top;
  }

  /** Starts a new page unless `h` mm still fit (or the page is still empty). */
  ensure(h: number): void {
    if (this.y + h > BOTTOM && this.y > PAGE.top + 0.01) this.newPage();
  }

  text(
    x: number,
    y: number,
    text: string,
    size: number,
    bold = false,
    tone: Tone = 'neutral',
    align: 'left' | 'right' | 'center' = 'left',
  ) {
    this.page.items.push({ kind: 'text', x, y, text, size, bold, tone, align });
  }

  /** A horizontal rule at y across the content width. */
  rule(y: number, color: string, width: number): void {
    this.page.items.push({ kind: 'line', x1: PAGE.left, y1: y, x2: PAGE.width - PAGE.right, y2: y, color, width });
  }

  /** Writes wrapped lines at x, paginating line by line. */
  lines(x: number, width: number, s: string, size: number, bold = false, tone: Tone = 'neutral'): void {
    const lh = lineHeight(size);
    for (const line of wrap(s, width, size, bold, this.typeset)) {
      this.ensure(lh);
      this.text(x, this.y + lh * 0.75, line, size, bold, tone);
      this.y += lh;
    }
  }
}
