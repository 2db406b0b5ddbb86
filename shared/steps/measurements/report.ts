/** The measurements section of the report: per indicator a sparkline, the signal and its values (the last few when limited). */
import { measurementsByIndicator } from '../../analysis/measurements';
import { signalNotes } from '../../analysis/grade-words';
import { documentSignal, lagYearsByTheme } from '../../analysis/signal';
import { indicatorSparkline } from '../../charts/indicator-sparkline';
import type { AssessmentDocument, Indicator, Measurement } from '../../model/document';
import type { Block, Cell } from '../../report/blocks';
import { num, sectionHeading, translatorOf, type Lang } from '../../report/format';
import { lastOf, MEASUREMENT_LIMIT } from '../../report/limits';
import { signalCell } from '../signal-cell';
import type { StepReportOptions } from '../types';

function valueLine(m: Measurement, lang: Lang): string {
  const t = translatorOf(lang);
  const comparison = m.comparison ? ` (${m.comparison.area} ${num(lang, m.comparison.value)})` : '';
  const source = m.source ? ` [${t('report.source')}: ${m.source}]` : '';
  return `${m.date}: ${num(lang, m.value)}${comparison}${m.note ? ` — ${m.note}` : ''}${source}`;
}

function row(
  doc: AssessmentDocument,
  ind: Indicator,
  series: readonly Measurement[],
  lang: Lang,
  limit: number,
  lags: ReadonlyMap<Indicator['theme'], number>,
): Cell[] {
  const t = translatorOf(lang);
  const { kept, left, from, to } = lastOf(series, limit);
  const lines = kept.map((m) => valueLine(m, lang));
  if (left > 0) lines.unshift(t('scale.valuesLeftOut', { left, from, to }));
  const values = lines.join('\n') || '—';
  const result = documentSignal(doc, ind, series, lags);
  const chart = indicatorSparkline(ind, series, { width: 60, height: 16 });
  const trend: Cell = chart ? { chart, alt: values } : '—';
  const notes = signalNotes(ind, series, result, t, lang);
  return [{ text: ind.name, bold: true }, trend, signalCell(lang, result.signal, result.signal !== 'on-track', notes), values];
}

/** One row per indicator: name, trend, signal and the measured values with their sources. */
export function measurementsReport(doc: AssessmentDocument, lang: Lang, options: StepReportOptions = {}): Block[] {
  const t = translatorOf(lang);
  const byIndicator = measurementsByIndicator(doc.implementation.measurements);
  const lags = lagYearsByTheme(doc);
  const limit = options.allMeasurements === false ? MEASUREMENT_LIMIT : Infinity;
  let left = 0;
  for (const series of byIndicator.values()) left += Math.max(0, series.length - limit);
  const note: Block[] = left > 0 ? [{ kind: 'paragraph', text: t('scale.measurementsLimited', { limit, left }), style: 'small' }] : [];
  return [
    sectionHeading(t('report.measurements')),
    ...note,
    {
      kind: 'table',
      fontSize: 7.5,
      columns: [
        { header: t('report.indicator'), width: 1.8 },
        { header: t('report.trend'), width: 1.2 },
        { header: t('report.signal'), width: 2 },
        { header: t('report.values'), width: 2.5 },
      ],
      rows: doc.preparation.indicators.map((ind) => row(doc, ind, byIndicator.get(ind.id) ?? [], lang, limit, lags)),
    },
  ];
}
