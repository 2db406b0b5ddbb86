/**
 * The words of grades and signal notes, built once for the screens, the report and the CSV so all
 * three say the same. Takes the caller's translator (the renderer's t or the report's).
 */
import type { MessageKey, MessageValues } from '../i18n';
import type { Indicator, Measurement } from '../model/document';
import { formatNumber } from './numbers';
import { GRADE_SYMBOL, sharePercent, type GradeResult } from './grade';
import type { SignalResult } from './signal';
import { differenceInDifferences, sourceChanges } from './trend';

type T = (key: MessageKey, values?: MessageValues) => string;
type Lang = 'nl' | 'en';

const signed = (v: number, lang: Lang) => (v > 0 ? `+${formatNumber(v, lang)}` : v < 0 ? `−${formatNumber(-v, lang)}` : '0');

/** The detail of a grade: the share of the way, "hold the level", the margin, or why it is unknown. */
export function gradeDetail(r: GradeResult, t: T, lang: Lang): string {
  if (r.grade === 'unknown') return t(`grade.reason.${r.reason ?? 'no-value'}`);
  const percent = sharePercent(r);
  const parts = [percent === null ? t('grade.shareHold') : t('grade.share', { percent: formatNumber(percent, lang, 0) })];
  if (r.grade === 'no-change' && r.margin > 0) parts.push(t('grade.withinMargin', { margin: formatNumber(r.margin, lang) }));
  return parts.join('; ');
}

/** "● doel gehaald (100 % van de weg)": symbol, word and detail. */
export function gradeText(r: GradeResult, t: T, lang: Lang): string {
  return t('grade.cell', { symbol: GRADE_SYMBOL[r.grade], grade: t(`grade.${r.grade}`), detail: gradeDetail(r, t, lang) });
}

/** The notes beside a signal, in words: too early, within the margin, source changes, comparison area. */
export function signalNotes(ind: Indicator, series: readonly Measurement[], result: SignalResult, t: T, lang: Lang): string[] {
  const notes: string[] = [];
  if (result.signal === 'too-early' && result.pathStart !== null)
    notes.push(t('trend.tooEarlyUntil', { year: Math.floor(result.pathStart) }));
  if (result.change !== null && result.margin > 0 && Math.abs(result.change) <= result.margin && result.signal !== 'too-early')
    notes.push(t('trend.withinMargin', { change: signed(result.change, lang), margin: formatNumber(result.margin, lang) }));
  for (const c of sourceChanges(series)) notes.push(t('trend.sourceChange', { date: c.date, from: c.from, to: c.to }));
  const did = differenceInDifferences(ind, series, result.margin);
  if (did)
    notes.push(
      t(`trend.did.${did.verdict}`, {
        area: did.area,
        own: signed(did.own, lang),
        other: signed(did.other, lang),
        difference: signed(did.difference, lang),
      }),
    );
  return notes;
}
