/** The measurements section of the report: per indicator a sparkline, the signal and every value. */
import { measurementsByIndicator } from '../../analysis/measurements';
import { indicatorSignal, yearFraction } from '../../analysis/signal';
import { sparkline } from '../../charts/sparkline';
import type { AssessmentDocument, Indicator, Measurement } from '../../model/document';
import type { Block, Cell } from '../../report/blocks';
import { num, sectionHeading, translatorOf, type Lang } from '../../report/format';
import { signalCell } from '../signal-cell';

function valueLine(m: Measurement, lang: Lang): string {
  const t = translatorOf(lang);
  const comparison = m.comparison ? ` (${m.comparison.area} ${num(lang, m.comparison.value)})` : '';
  const source = m.source ? ` [${t('report.source')}: ${m.source}]` : '';
  return `${m.date}: ${num(lang, m.value)}${comparison}${m.note ? ` — ${m.note}` : ''}${source}`;
}

function row(ind: Indicator, series: readonly Measurement[], lang: Lang): Cell[] {
  const points = [
    ...(ind.baseline ? [{ x: ind.baseline.year, y: ind.baseline.value }] : []),
    ...series.map((m) => ({ x: yearFraction(m.date), y: m.value })),
  ];
  const values = series.map((m) => valueLine(m, lang)).join('\n') || '—';
  const signal = indicatorSignal(ind, series).signal;
  const trend: Cell = points.length
    ? {
        chart: sparkline(points, { width: 60, height: 16, baseline: ind.baseline?.value ?? null, target: ind.target?.value ?? null }),
        alt: values,
      }
    : '—';
  return [{ text: ind.name, bold: true }, trend, signalCell(lang, signal, signal !== 'on-track'), values];
}

/** One row per indicator: name, trend, signal and the measured values with their sources. */
export function measurementsReport(doc: AssessmentDocument, lang: Lang): Block[] {
  const t = translatorOf(lang);
  const byIndicator = measurementsByIndicator(doc.implementation.measurements);
  return [
    sectionHeading(t('report.measurements')),
    {
      kind: 'table',
      fontSize: 7.5,
      columns: [
        { header: t('report.indicator'), width: 1.8 },
        { header: t('report.trend'), width: 1.2 },
        { header: t('report.signal'), width: 0.9 },
        { header: t('report.values'), width: 3.6 },
      ],
      rows: doc.preparation.indicators.map((ind) => row(ind, byIndicator.get(ind.id) ?? [], lang)),
    },
  ];
}
