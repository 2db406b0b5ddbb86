/** The indicators section of the report: the table with baseline, target, latest value and signal, then details. */
import { latestByIndicator, measurementsByIndicator } from '../../analysis/measurements';
import { indicatorSignal } from '../../analysis/signal';
import { adjustedValue, describeAdjusted, type FieldValue } from '../../analysis/adjusted';
import { themeOf } from '../../framework/framework';
import { frozenView, type FrozenView } from '../../model/freeze';
import type { AssessmentDocument, Indicator } from '../../model/document';
import type { MessageKey } from '../../i18n';
import type { Block, Cell } from '../../report/blocks';
import { emptyBlock, num, sectionHeading, translatorOf, type Lang } from '../../report/format';
import { levelName, scaleName } from '../names';
import { signalCell } from '../signal-cell';

/** Baseline or target: the value and year, or frozen → adjusted where an expectation changed after the freeze. */
function valueText(doc: AssessmentDocument, view: FrozenView | null, i: Indicator, key: 'baseline' | 'target', lang: Lang): string {
  const v = i[key];
  const plain = v ? `${num(lang, v.value)} (${v.year})` : '—';
  const value = view && adjustedValue(doc, i.id, key, view);
  const year = view && adjustedValue(doc, i.id, key === 'target' ? 'targetYear' : 'baselineYear', view);
  if (!value?.changed && !year?.changed) return plain;
  const t = translatorOf(lang);
  const show = (x: FieldValue | undefined) => (typeof x === 'number' ? num(lang, x) : '—');
  const showYear = (x: FieldValue | undefined) => (typeof x === 'number' ? String(x) : '—');
  return `${describeAdjusted(value, show, t, lang)} (${describeAdjusted(year, showYear, t, lang)})`;
}

function overview(doc: AssessmentDocument, lang: Lang): Block {
  const t = translatorOf(lang);
  const latest = latestByIndicator(doc.implementation.measurements);
  const series = measurementsByIndicator(doc.implementation.measurements);
  const view = frozenView(doc, false);
  // In preparation nothing is measured yet (and the report as frozen shows the expectations only).
  const measured = doc.context.phase !== 'preparation';
  const row = (i: Indicator): Cell[] => {
    const last = latest.get(i.id);
    const signal = indicatorSignal(i, series.get(i.id) ?? []).signal;
    return [
      { text: `${i.name} (${i.goodDirection === 'up' ? t('report.higherBetter') : t('report.lowerBetter')})`, bold: true },
      themeOf(i.theme).name[lang],
      i.unit || '—',
      valueText(doc, view, i, 'baseline', lang),
      valueText(doc, view, i, 'target', lang),
      ...(measured
        ? [last ? `${num(lang, last.value)} (${last.date.slice(0, 4)})` : '—', signalCell(lang, signal, signal === 'off-track')]
        : []),
    ];
  };
  return {
    kind: 'table',
    fontSize: 7.5,
    columns: [
      { header: t('report.indicator'), width: 2.6 },
      { header: t('report.theme'), width: 1.4 },
      { header: t('report.unit'), width: 1.8 },
      { header: t('report.baseline'), width: 1.1 },
      { header: t('report.target'), width: 1.1 },
      ...(measured
        ? [
            { header: t('report.latest'), width: 1.2 },
            { header: t('report.signal'), width: 1.1 },
          ]
        : []),
    ],
    rows: doc.preparation.indicators.map(row),
  };
}

function details(indicators: Indicator[], lang: Lang): Block {
  const t = translatorOf(lang);
  const choice = (key: MessageKey | null) => (key ? t(key) : '—');
  return {
    kind: 'fields',
    rows: indicators.map((i) => [
      i.name,
      [
        i.definition,
        `${t('report.kind')}: ${t(`enums.kind.${i.kind}`)}; ${t('report.scale')}: ${scaleName(lang, i.scale)}; ` +
          `${t('fields.level')}: ${levelName(lang, i.level)}`,
        `${t('report.source')}: ${i.source || '—'}`,
        [
          `${t('fields.frequency')}: ${choice(i.frequency && `enums.frequency.${i.frequency}`)}`,
          `${t('fields.dataCost')}: ${choice(i.dataCost && `enums.costQuality.${i.dataCost}`)}`,
          `${t('fields.dataQuality')}: ${choice(i.dataQuality && `enums.costQuality.${i.dataQuality}`)}`,
        ].join('; '),
        `${t('fields.indicatorOwner')}: ${i.owner || '—'}`,
      ]
        .filter(Boolean)
        .join('\n'),
    ]),
  };
}

/** The indicators with their values and signal, then each indicator's definition, source and data. */
export function indicatorsReport(doc: AssessmentDocument, lang: Lang): Block[] {
  const t = translatorOf(lang);
  const { indicators } = doc.preparation;
  if (indicators.length === 0) return [sectionHeading(t('report.indicators')), emptyBlock(lang)];
  return [
    sectionHeading(t('report.indicators')),
    overview(doc, lang),
    { kind: 'heading', level: 3, text: t('report.indicatorDetails') },
    details(indicators, lang),
  ];
}
