import { formatNumber } from '../../shared/analysis/numbers';
import type { MessageKey, MessageValues } from '../../shared/i18n/lookup';
import type { Indicator } from '../../shared/model/document';

type T = (key: MessageKey, values?: MessageValues) => string;

/** The words on a sparkline's dashed lines (baseline, target), in the chart. */
export function lineLabels(t: T) {
  return { baseline: t('a11y.chart.baseline'), target: t('a11y.chart.target'), labelWidth: 64, size: 9 };
}

/** The dashed lines in words, for the chart's text alternative: "Stippellijnen: nulmeting 62 (2023), streefwaarde 64,5 (2028)." */
export function linesText(t: T, lang: 'nl' | 'en', ind: Pick<Indicator, 'baseline' | 'target'>): string {
  const at = (v: { value: number; year: number }) => `${formatNumber(v.value, lang)} (${v.year})`;
  if (ind.baseline && ind.target) return t('a11y.chart.lines', { baseline: at(ind.baseline), target: at(ind.target) });
  if (ind.baseline) return t('a11y.chart.baselineOnly', { baseline: at(ind.baseline) });
  if (ind.target) return t('a11y.chart.targetOnly', { target: at(ind.target) });
  return '';
}
