/**
 * Noto Sans (the embedded font) has no geometric symbols or arrows. Text painted in the PDF maps
 * the UI's symbols to characters the font has, so nothing is painted as an empty box; the words
 * next to each symbol carry the meaning anyway.
 */
const MAP: Record<string, string> = {
  '▲': '+',
  '▼': '−',
  '●': '•',
  '○': '·',
  '◕': '+',
  '◔': '~',
  '◌': '·',
  '◷': '·',
  '✖': '×',
  '✗': '×',
  '✓': '+',
  '⚠': '!',
  '→': '»',
  '←': '«',
  '↑': '+',
  '↓': '−',
  '≥': '>=',
  '≤': '<=',
  '≈': '~',
};
const PATTERN = new RegExp(`[${Object.keys(MAP).join('')}]`, 'gu');

/** Replaces symbols the embedded font lacks. */
export function fontSafeText(text: string): string {
  return text.replace(PATTERN, (ch) => MAP[ch] ?? ch);
}

const KEEP = new Set(['kind', 'tone', 'anchor', 'align', 'style', 'language']);

/** Applies fontSafeText to every text of a block tree (not to its kinds and tones). */
export function fontSafe<T>(value: T): T {
  if (typeof value === 'string') return fontSafeText(value) as T;
  if (Array.isArray(value)) return value.map((v) => fontSafe(v)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, KEEP.has(k) ? v : fontSafe(v)])) as T;
  }
  return value;
}
