/** The one chart palette, for the SVG painter of the UI and the PDF painter of the report. */
import type { Tone } from './shapes';

/** Colours per tone: each has a contrast of at least 4.5:1 against white, enough for text and thin lines. */
export const TONE_COLOURS: Readonly<Record<Tone, string>> = {
  positive: '#1e6b2e',
  negative: '#a4001d',
  neutral: '#1a1a1a',
  muted: '#555555',
  target: '#154273',
  baseline: '#6b6b6b',
};

/** The colour of a tone. */
export function toneColour(tone: Tone): string {
  return TONE_COLOURS[tone];
}
