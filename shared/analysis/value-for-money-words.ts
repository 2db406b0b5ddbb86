/** Value for money in words: shared by the process step and the report, in the reader's language. */
import type { MessageKey, MessageValues } from '../i18n';
import { euros } from './effect-text';
import { isPercentage } from './grade';
import { formatNumber } from './numbers';
import type { CostLineResult, IndicatorValue, SpendingResult } from './value-for-money';

type T = (key: MessageKey, values?: MessageValues) => string;
type Lang = 'nl' | 'en';

const money = (lang: Lang, v: number | null) => (v === null ? '—' : euros(lang, v));
/** A signed amount: "+ € 600.000", "− € 50.000". */
const signedMoney = (lang: Lang, v: number | null) =>
  v === null ? '—' : v === 0 ? euros(lang, 0) : `${v > 0 ? '+' : '−'} ${euros(lang, Math.abs(v))}`;
/** A signed percentage: "+9,4 %". */
const signedPercent = (lang: Lang, v: number | null) =>
  v === null ? '—' : `${v > 0 ? '+' : v < 0 ? '−' : ''}${formatNumber(Math.abs(v), lang, 1)} %`;

/** One cost line as table cells: line, planned, spent, difference, percentage. */
export function costLineCells(l: CostLineResult, t: T, lang: Lang): string[] {
  const planned =
    l.line === 'yearly' && l.perYear !== null
      ? `${money(lang, l.planned)}\n${
          l.planned === null
            ? t('process.perYearNoYears', { amount: euros(lang, l.perYear) })
            : t('process.perYear', { amount: euros(lang, l.perYear), years: formatNumber(l.years ?? 0, lang, 1) })
        }`
      : money(lang, l.planned);
  return [t(`process.lines.${l.line}`), planned, money(lang, l.spent), signedMoney(lang, l.difference), signedPercent(lang, l.percent)];
}

/** The totals row's cells. */
export function totalCells(s: SpendingResult, t: T, lang: Lang): string[] {
  return [
    t('process.total'),
    money(lang, s.planned),
    money(lang, s.spent),
    signedMoney(lang, s.difference),
    signedPercent(lang, s.percent),
  ];
}

/** The totals in one sentence. */
export function totalsText(s: SpendingResult, t: T, lang: Lang): string {
  const values = { planned: money(lang, s.planned), spent: money(lang, s.spent) };
  if (s.difference === null) return t('process.totalsUnknown', values);
  return t('process.totals', { ...values, difference: signedMoney(lang, s.difference), percent: signedPercent(lang, s.percent) });
}

/** What a main outcome indicator's value for money says: the cost per unit (or why there is none), the figures, the caveat. */
export function unitCostWords(v: IndicatorValue, t: T, lang: Lang): { cost: string; figures: string; caveat: string } {
  const unit = isPercentage(v.indicator.unit) ? t('process.percentagePoint') : v.indicator.unit || '—';
  const cost =
    v.unit.reason === null ? t('process.costPerUnit', { amount: euros(lang, v.unit.cost), unit }) : t(`process.reasons.${v.unit.reason}`);
  const n = (x: number | null) => (x === null ? '—' : formatNumber(x, lang, 2));
  const figures = t('process.change', { from: n(v.baseline), to: n(v.last), change: n(v.unit.change), spent: money(lang, v.spent) });
  const caveat = v.unit.reason === null || v.unit.reason === 'no-spending' ? t(`process.attribution.${v.attribution}`) : '';
  return { cost, figures, caveat };
}
