/** An indicator's signal as a toned report cell. */
import type { Signal } from '../analysis/signal';
import type { Cell } from '../report/blocks';
import { tr, type Lang } from '../report/format';

const TONE = { 'off-track': 'negative', 'on-track': 'positive', 'at-risk': 'target', 'no-data': 'muted' } as const;

/** "Op koers" in the positive tone, "Niet op koers" in the negative one, a risk in the target tone, no data muted. */
export function signalCell(lang: Lang, signal: Signal, bold: boolean): Cell {
  return { text: tr(lang, `signal.${signal}`), tone: TONE[signal], bold };
}
