/** Text measurement and line wrapping, independent of the PDF library. */

/** Measures text width in mm at a font size in pt. */
export type Measure = (text: string, size: number, bold: boolean) => number;

/**
 * Wraps text into lines no wider than `width`: at spaces, and inside words that are longer
 * than a line (so nothing is ever clipped). Explicit newlines start a new line.
 */
export function wrap(text: string, width: number, size: number, bold: boolean, measure: Measure): string[] {
  const out: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    const words = paragraph.split(/ +/).filter((w, i, all) => w !== '' || all.length === 1);
    let line = '';
    for (const word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate, size, bold) <= width) {
        line = candidate;
        continue;
      }
      if (line) out.push(line);
      line = '';
      // A word longer than the line is broken by characters.
      let rest = word;
      while (measure(rest, size, bold) > width && rest.length > 1) {
        let cut = rest.length - 1;
        while (cut > 1 && measure(rest.slice(0, cut), size, bold) > width) cut = Math.max(1, Math.floor(cut * 0.9));
        while (cut + 1 < rest.length && measure(rest.slice(0, cut + 1), size, bold) <= width) cut++;
        out.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    out.push(line);
  }
  return out;
}

/** The text as it fits in `width`, cut with "…" when it does not. */
export function ellipsis(s: string, width: number, size: number, bold: boolean, measure: Measure): string {
  if (measure(s, size, bold) <= width) return s;
  let cut = s.length;
  while (cut > 1 && measure(`${s.slice(0, cut)}…`, size, bold) > width) cut--;
  return `${s.slice(0, cut)}…`;
}
