/**
 * The evidence beside an expected effect (issue 18), for the screen and the report alike: the
 * indicators that would show it, each with baseline, target as frozen, last value and grade, and
 * what citizens said about its theme.
 *
 * Which indicators: first those of the outcome the effect belongs to in the theory of change
 * (effect → outcome → indicators, and the indicators of the outcome's perceived outcomes), then
 * the other indicators on the effect's theme. The theme's indicators stay because an effect that
 * names no outcome would otherwise stand without any data, and they were what this view showed
 * before; the "via" column says which link brought each one in.
 * Citizens: the citizen signals on the effect's theme, and the perceived results of the perceived
 * outcomes linked to the outcome or on the theme.
 */
import { formatNumber } from '../../analysis/numbers';
import { gradeText } from '../../analysis/grade-words';
import { GRADE_TONE } from '../../analysis/grade';
import { indicatorResult, type IndicatorResult } from '../../analysis/results';
import { measuresOf, outcomeOf } from '../../analysis/toc';
import type { MessageKey, MessageValues } from '../../i18n/lookup';
import type { AssessmentDocument, ChangeStep, Effect } from '../../model/document';

type T = (key: MessageKey, values?: MessageValues) => string;
type Lang = 'nl' | 'en';

export interface EvidenceRow {
  result: IndicatorResult;
  via: string;
  baseline: string;
  target: string;
  last: string;
  grade: string;
  tone: (typeof GRADE_TONE)[keyof typeof GRADE_TONE];
}

export interface EffectEvidence {
  outcome: ChangeStep | null;
  rows: EvidenceRow[];
  /** Citizen signals and perceived results, as lines of text, oldest first. */
  citizens: string[];
}

/** An ISO date as the language writes it. */
function day(lang: Lang, iso: string): string {
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

const clip = (s: string, n = 45) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function valueAt(v: { value: number; year: number } | null, unit: string, lang: Lang): string {
  return v ? `${formatNumber(v.value, lang)}${unit ? ` ${unit}` : ''} (${v.year})` : '—';
}

/** The last value: the final value when there is one, else the latest measurement (said so). */
function lastValue(doc: AssessmentDocument, r: IndicatorResult, t: T, lang: Lang): string {
  const unit = r.indicator.unit ? ` ${r.indicator.unit}` : '';
  if (r.final) return t('toc.finalAt', { value: `${formatNumber(r.final.value, lang)}${unit}`, date: day(lang, r.final.date) });
  const latest = doc.implementation.measurements
    .filter((m) => m.indicatorId === r.indicator.id)
    .reduce<AssessmentDocument['implementation']['measurements'][number] | null>((a, m) => (!a || m.date >= a.date ? m : a), null);
  return latest ? t('toc.measuredAt', { value: `${formatNumber(latest.value, lang)}${unit}`, date: day(lang, latest.date) }) : '—';
}

/** The evidence beside one effect. */
export function effectEvidence(doc: AssessmentDocument, effect: Effect, t: T, lang: Lang): EffectEvidence {
  const p = doc.preparation;
  const outcome = outcomeOf(p, effect.outcomeId);
  const measures = outcome ? measuresOf(p, outcome) : { indicators: [], perceived: [] };
  const viaOutcome = new Set([
    ...measures.indicators.map((i) => i.id),
    ...measures.perceived.flatMap((o) => (o.indicatorId ? [o.indicatorId] : [])),
  ]);
  const chosen = [
    ...p.indicators.filter((i) => viaOutcome.has(i.id)),
    ...p.indicators.filter((i) => !viaOutcome.has(i.id) && i.theme === effect.theme),
  ];
  const rows = chosen.map((indicator): EvidenceRow => {
    const r = indicatorResult(doc, indicator);
    return {
      result: r,
      via: viaOutcome.has(indicator.id) && outcome ? t('toc.viaOutcome', { outcome: clip(outcome.text.trim()) }) : t('toc.viaTheme'),
      baseline: valueAt(r.original.baseline, indicator.unit, lang),
      target: valueAt(r.original.target, indicator.unit, lang),
      last: lastValue(doc, r, t, lang),
      grade: gradeText(r.originalGrade, t, lang),
      tone: GRADE_TONE[r.originalGrade.grade],
    };
  });
  const perceivedIds = new Set(measures.perceived.map((o) => o.id));
  const perceived = p.perceivedOutcomes.filter((o) => perceivedIds.has(o.id) || o.theme === effect.theme);
  const results = doc.evaluation.perceivedResults.flatMap((r) => {
    const o = perceived.find((x) => x.id === r.perceivedOutcomeId);
    return o && r.result.trim() ? [t('toc.perceivedResult', { outcome: clip(o.description.trim()), result: r.result.trim() })] : [];
  });
  const signals = doc.implementation.citizenSignals
    .filter((s) => s.theme === effect.theme && s.observation.trim() !== '')
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((s) => t('toc.signal', { date: day(lang, s.date), source: s.source || s.by || '—', observation: s.observation.trim() }));
  return { outcome, rows, citizens: [...signals, ...results] };
}
