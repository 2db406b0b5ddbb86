/** An indicator's signal as a toned report cell. */
import type { Signal } from '../analysis/signal';
import type { Cell } from '../report/blocks';
import { tr, type Lang } from '../report/format';

const TONE = {
  'off-track': 'negative',
  'on-track': 'positive',
  'at-risk': 'target',
  'no-change': 'muted',
  'too-early': 'muted',
  'no-data': 'muted',
} as const;

/**
 * "Op koers" in the positive tone, "Niet op koers" in the negative one, a risk in the target tone,
 * no data, no change and too early muted; notes (one per line) below the word.
 */
export function signalCell(lang: Lang, signal: Signal, bold: boolean, notes: readonly string[] = []): Cell {
  return { text: [tr(lang, `signal.${signal}`), ...notes].join('\n'), tone: TONE[signal], bold };
}
