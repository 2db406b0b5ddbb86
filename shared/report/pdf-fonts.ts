/**
 * The report's fonts in jsPDF (issue 19): Noto Sans regular and bold, and fallback fonts for the
 * characters Noto Sans lacks (Noto Sans Symbols 2 for shapes, Symbols for arrows, Math for ≥ ≤ ≈ ⇒,
 * Arabic, Hebrew; SIL OFL 1.1, assets/fonts). Each character is set in the first font that has it, so a
 * line becomes runs of one font each; measuring and painting use the same runs. A fallback font is
 * parsed only when a character needs it, and jsPDF embeds only the glyphs used. A character no
 * font has (Chinese, emoji) is set as MARKER and counted, so the report can say so.
 */
import type { jsPDF } from 'jspdf';
import type { Measure } from './text';

/** A TTF file as base64 (the regular weight; bold text uses it too). */
export interface FallbackFont {
  name: string;
  data: string;
}

/** The embedded fonts, as base64 of the TTF files (assets/fonts, SIL OFL 1.1). */
export interface ReportFonts {
  regular: string;
  bold: string;
  /** Tried in order for characters Noto Sans lacks. */
  fallbacks?: FallbackFont[];
}

/** What stands in for a character that no embedded font has: the Unicode replacement character. */
export const MARKER = '\ufffd';

const MAIN = 'NotoSans';
const PT = 0.3528;
/** Invisible by design (zero-width and direction marks, variation selectors): never painted, never counted. */
const INVISIBLE = /^[\p{Cf}\ufe00-\ufe0f]$/u;
const CONTROL = /^[\u0000-\u001f\u007f]$/;
/** Arabic letters: shaped by jsPDF (presentation forms) before they are measured. */
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]/;

interface Face {
  family: string;
  style: 'normal' | 'bold';
  widths: Map<string, number>;
  has(ch: string): boolean;
}

/** One piece of a line in one font. */
export interface Run {
  face: { family: string; style: 'normal' | 'bold' };
  text: string;
}

interface GlyphMetadata {
  characterToGlyph(code: number): number;
}

export class FontSet {
  private readonly main: Record<'normal' | 'bold', Face>;
  private readonly fallbacks: Face[] = [];
  private readonly pending: FallbackFont[];
  private readonly chosen = new Map<string, Face | null>();
  private current = '';

  constructor(
    private readonly pdf: jsPDF,
    fonts: ReportFonts,
  ) {
    this.main = {
      normal: this.add(`${MAIN}-Regular.ttf`, fonts.regular, MAIN, 'normal'),
      bold: this.add(`${MAIN}-Bold.ttf`, fonts.bold, MAIN, 'bold'),
    };
    this.pending = [...(fonts.fallbacks ?? [])];
    this.use(this.main.normal);
  }

  private add(file: string, data: string, family: string, style: 'normal' | 'bold'): Face {
    this.pdf.addFileToVFS(file, data);
    this.pdf.addFont(file, family, style);
    this.pdf.setFont(family, style);
    this.current = `${family}/${style}`;
    const metadata = (this.pdf.getFont() as unknown as { metadata: GlyphMetadata }).metadata;
    // jsPDF writes UTF-16 code units: a character beyond the BMP (emoji) cannot be set.
    const has = (ch: string) => ch.length === 1 && metadata.characterToGlyph(ch.charCodeAt(0)) !== 0;
    return { family, style, widths: new Map(), has };
  }

  /** Sets the font in jsPDF when it is not the current one. */
  use(face: Run['face']): void {
    const key = `${face.family}/${face.style}`;
    if (key !== this.current) this.pdf.setFont(face.family, face.style);
    this.current = key;
  }

  /** The font that sets `ch`: Noto Sans, else the first fallback that has it (loaded on first need), else null. */
  private faceOf(ch: string, bold: boolean): Face | null {
    const main = this.main[bold ? 'bold' : 'normal'];
    if (main.has(ch)) return main;
    const known = this.chosen.get(ch);
    if (known !== undefined) return known;
    let face = this.fallbacks.find((f) => f.has(ch)) ?? null;
    while (!face && this.pending.length > 0) {
      const next = this.pending.shift()!;
      const loaded = this.add(`${next.name}.ttf`, next.data, next.name, 'normal');
      this.fallbacks.push(loaded);
      if (loaded.has(ch)) face = loaded;
    }
    this.chosen.set(ch, face);
    return face;
  }

  /** Whether a character is painted as itself (invisible and control characters count as printable). */
  printable(ch: string): boolean {
    return INVISIBLE.test(ch) || CONTROL.test(ch) || this.faceOf(ch, false) !== null;
  }

  /** The characters of `text` that no font has, in order. */
  unprintable(text: string): string[] {
    return [...text].filter((ch) => !this.printable(ch));
  }

  /** A line as runs of one font each; a space between two characters of one fallback font stays in its run (a right-to-left name). */
  runs(text: string, bold: boolean): Run[] {
    const main = this.main[bold ? 'bold' : 'normal'];
    const chars: { ch: string; face: Face }[] = [];
    for (const ch of text) {
      if (INVISIBLE.test(ch)) continue;
      const face = this.faceOf(ch, bold);
      chars.push(face ? { ch, face } : { ch: MARKER, face: main });
    }
    chars.forEach((c, i) => {
      if (c.face !== main || !/\s/.test(c.ch)) return;
      const before = chars
        .slice(0, i)
        .reverse()
        .find((x) => !/\s/.test(x.ch));
      const after = chars.slice(i + 1).find((x) => !/\s/.test(x.ch));
      if (before && after && before.face === after.face && before.face !== main && before.face.has(c.ch)) c.face = before.face;
    });
    const runs: Run[] = [];
    for (const { ch, face } of chars) {
      const last = runs[runs.length - 1];
      if (last && last.face === face) last.text += ch;
      else runs.push({ face, text: ch });
    }
    return runs;
  }

  /** The width of one run in mm at `size` pt; Arabic is measured as jsPDF paints it (shaped). */
  runWidth(run: Run, size: number): number {
    const face = run.face as Face;
    const text = ARABIC.test(run.text) ? (this.pdf as unknown as { processArabic(s: string): string }).processArabic(run.text) : run.text;
    let em = 0;
    for (const ch of text) {
      let w = face.widths.get(ch);
      if (w === undefined) {
        this.use(face);
        w = this.pdf.getStringUnitWidth(ch);
        face.widths.set(ch, w);
      }
      em += w;
    }
    return em * size * PT;
  }

  /** The measurer of the layout: the same runs as painted (at once when every character is one Noto Sans has measured before). */
  readonly measure: Measure = (text, size, bold) => {
    const widths = this.main[bold ? 'bold' : 'normal'].widths;
    let em = 0;
    for (const ch of text) {
      const w = widths.get(ch);
      if (w === undefined) return this.runs(text, bold).reduce((sum, run) => sum + this.runWidth(run, size), 0);
      em += w;
    }
    return em * size * PT;
  };
}
