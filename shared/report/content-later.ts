/** Report sections of the implementation and evaluation phases. */
import type { MessageKey, MessageValues } from '../i18n';
import { expectedVersusRealised } from '../analysis/compare';
import { indicatorSignal, targetReached, yearFraction } from '../analysis/signal';
import { sparkline } from '../charts/sparkline';
import { themeOf } from '../framework/framework';
import { measurementsByIndicator } from '../analysis/measurements';
import type { AssessmentDocument } from '../model/document';
import type { Block, Cell } from './blocks';
import { date, direction, num, orEmpty, tr, type Lang } from './format';

/** Frozen expectations, measurements with sparklines, signals, citizen signals, adjustments. */
export function implementationBlocks(doc: AssessmentDocument, lang: Lang): Block[] {
  const t = (key: MessageKey, values?: MessageValues) => tr(lang, key, values);
  const impl = doc.implementation;
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: t('report.implementation'), pageBreakBefore: true }];
  blocks.push({ kind: 'heading', level: 2, text: t('report.frozen') });
  blocks.push({
    kind: 'paragraph',
    text: impl.frozen ? t('report.frozenText', { date: date(lang, impl.frozen.at), by: impl.frozen.by }) : t('report.notFrozen'),
  });

  const byIndicator = measurementsByIndicator(impl.measurements);
  blocks.push({ kind: 'heading', level: 2, text: t('report.measurements') });
  const rows: Cell[][] = doc.preparation.indicators.map((ind) => {
    const series = byIndicator.get(ind.id) ?? [];
    const points = [
      ...(ind.baseline ? [{ x: ind.baseline.year, y: ind.baseline.value }] : []),
      ...series.map((m) => ({ x: yearFraction(m.date), y: m.value })),
    ];
    const signal = indicatorSignal(ind, series);
    const values =
      series
        .map((m) => {
          const comparison = m.comparison ? ` (${m.comparison.area} ${num(lang, m.comparison.value)})` : '';
          const source = m.source ? ` [${t('report.source')}: ${m.source}]` : '';
          return `${m.date}: ${num(lang, m.value)}${comparison}${m.note ? ` — ${m.note}` : ''}${source}`;
        })
        .join('\n') || '—';
    return [
      { text: ind.name, bold: true },
      points.length
        ? {
            chart: sparkline(points, { width: 60, height: 16, baseline: ind.baseline?.value ?? null, target: ind.target?.value ?? null }),
            alt: values,
          }
        : '—',
      {
        text: t(`signal.${signal.signal}`),
        tone:
          signal.signal === 'off-track'
            ? 'negative'
            : signal.signal === 'on-track'
              ? 'positive'
              : signal.signal === 'at-risk'
                ? 'target'
                : 'muted',
        bold: signal.signal !== 'on-track',
      },
      values,
    ];
  });
  blocks.push({
    kind: 'table',
    fontSize: 7.5,
    columns: [
      { header: t('report.indicator'), width: 1.8 },
      { header: t('report.trend'), width: 1.2 },
      { header: t('report.signal'), width: 0.9 },
      { header: t('report.values'), width: 3.6 },
    ],
    rows,
  });

  blocks.push({ kind: 'heading', level: 2, text: t('report.citizenSignals') });
  blocks.push(
    impl.citizenSignals.length === 0
      ? { kind: 'paragraph', text: t('report.empty'), style: 'muted' }
      : {
          kind: 'table',
          columns: [
            { header: t('report.date'), width: 1 },
            { header: t('report.source'), width: 1.4 },
            { header: t('report.observation'), width: 4 },
            { header: t('report.by'), width: 1.2 },
          ],
          rows: impl.citizenSignals.map((s) => [s.date, s.source || '—', s.observation || '—', s.by || '—']),
        },
  );

  blocks.push({ kind: 'heading', level: 2, text: t('report.adjustments') });
  const names = (ids: string[]) => [...ids.map((id) => doc.preparation.indicators.find((i) => i.id === id)?.name ?? id)].join(', ');
  const effects = (ids: string[]) =>
    ids
      .map((id) => {
        const e = doc.preparation.effects.find((x) => x.id === id);
        return e ? themeOf(e.theme).name[lang] : id;
      })
      .join(', ');
  blocks.push(
    impl.adjustments.length === 0
      ? { kind: 'paragraph', text: t('report.empty'), style: 'muted' }
      : {
          kind: 'table',
          columns: [
            { header: t('report.date'), width: 1 },
            { header: t('report.decision'), width: 3 },
            { header: t('report.reason'), width: 3 },
            { header: t('report.concerns'), width: 2 },
          ],
          rows: impl.adjustments.map((a) => [
            a.date,
            `${a.decision || '—'}${a.changesAmbition ? ` (${t('report.changesAmbition')})` : ''}`,
            a.reason || '—',
            [names(a.indicatorIds), effects(a.effectIds)].filter(Boolean).join('; ') || '—',
          ]),
        },
  );
  return blocks;
}

/** Results, expected versus realised, unintended effects, perceived outcomes, distribution, conclusions. */
export function evaluationBlocks(doc: AssessmentDocument, lang: Lang): Block[] {
  const t = (key: MessageKey, values?: MessageValues) => tr(lang, key, values);
  const ev = doc.evaluation;
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: t('report.evaluation'), pageBreakBefore: true }];

  blocks.push({ kind: 'heading', level: 2, text: t('report.results') });
  blocks.push({
    kind: 'table',
    fontSize: 8,
    columns: [
      { header: t('report.indicator'), width: 2.2 },
      { header: t('report.baseline'), width: 1 },
      { header: t('report.target'), width: 1 },
      { header: t('report.finalValue'), width: 2.8 },
      { header: t('report.outcome'), width: 1.1 },
    ],
    rows: doc.preparation.indicators.map((i) => {
      const final = ev.finalValues.find((f) => f.indicatorId === i.id) ?? null;
      const r = targetReached(i, final?.value ?? null);
      return [
        { text: i.name, bold: true },
        i.baseline ? `${num(lang, i.baseline.value)} (${i.baseline.year})` : '—',
        i.target ? `${num(lang, i.target.value)} (${i.target.year})` : '—',
        final ? `${num(lang, final.value)} (${final.date})${final.note ? `\n${final.note}` : ''}` : '—',
        {
          text: t(`result.${r}`),
          tone: r === 'achieved' ? 'positive' : r === 'missed' ? 'negative' : r === 'nearly' ? 'target' : 'muted',
          bold: r === 'missed',
        },
      ];
    }),
  });

  blocks.push({ kind: 'heading', level: 2, text: t('report.expectedRealised') });
  const preferred = doc.preparation.preferredOptionId;
  const comparisons = expectedVersusRealised(doc).filter(
    (c) => (preferred === null || c.effect.optionId === preferred) && c.expected.direction !== null,
  );
  blocks.push(
    comparisons.length === 0
      ? { kind: 'paragraph', text: t('report.empty'), style: 'muted' }
      : {
          kind: 'table',
          fontSize: 7.5,
          columns: [
            { header: t('report.theme'), width: 1.2 },
            { header: t('report.expected'), width: 1.3 },
            { header: t('report.realised'), width: 1.3 },
            { header: t('report.comparison'), width: 1.2 },
            { header: t('report.evidence'), width: 2.4 },
            { header: t('report.contribution'), width: 2.4 },
          ],
          rows: comparisons.map((c) => {
            const mismatch = c.comparison !== 'as-expected' && c.comparison !== 'unknown';
            return [
              { text: themeOf(c.effect.theme).name[lang], bold: true },
              direction(lang, c.expected.direction),
              direction(lang, c.realised?.direction ?? null),
              {
                text: `${mismatch ? '⚠ ' : ''}${t(`realised.compare.${c.comparison}`)}`,
                tone: c.comparison === 'opposite' ? 'negative' : mismatch ? 'target' : 'neutral',
                bold: mismatch,
              },
              c.realised?.evidence || '—',
              (c.realised?.contributionConfidence ? `${t(`enums.confidence.${c.realised.contributionConfidence}`)}: ` : '') +
                (c.realised?.contributionArgument || '—'),
            ];
          }),
        },
  );

  blocks.push({ kind: 'heading', level: 2, text: t('report.unintended') });
  blocks.push(
    ev.unintendedEffects.length === 0
      ? { kind: 'paragraph', text: t('report.empty'), style: 'muted' }
      : {
          kind: 'table',
          columns: [
            { header: t('report.theme'), width: 1.3 },
            { header: t('report.direction'), width: 1.3 },
            { header: t('report.description'), width: 3 },
            { header: t('report.evidence'), width: 2.4 },
          ],
          rows: ev.unintendedEffects.map((u) => [
            `${themeOf(u.theme).name[lang]}${u.spilloverFrom ? ` (← ${themeOf(u.spilloverFrom).name[lang]})` : ''}`,
            direction(lang, u.direction),
            u.description || '—',
            u.evidence || '—',
          ]),
        },
  );

  blocks.push({ kind: 'heading', level: 2, text: t('report.perceivedMeasured') });
  const outcomes = doc.preparation.perceivedOutcomes;
  blocks.push(
    outcomes.length === 0
      ? { kind: 'paragraph', text: t('report.empty'), style: 'muted' }
      : {
          kind: 'table',
          columns: [
            { header: t('report.perceivedWhat'), width: 2.4 },
            { header: t('report.noticed'), width: 1 },
            { header: t('report.result'), width: 3 },
            { header: t('report.source'), width: 1.4 },
          ],
          rows: outcomes.map((o) => {
            const r = ev.perceivedResults.find((x) => x.perceivedOutcomeId === o.id);
            return [o.description || '—', r ? t(`perceivedResult.options.${r.noticed}`) : '—', r?.result || '—', r?.source || '—'];
          }),
        },
  );

  blocks.push({ kind: 'heading', level: 2, text: t('report.distribution') });
  blocks.push({
    kind: 'fields',
    rows: [
      [t('distribution.gainers'), orEmpty(lang, ev.distribution.gainers)],
      [t('distribution.losers'), orEmpty(lang, ev.distribution.losers)],
      [t('report.inequality'), t(`distribution.inequalityOptions.${ev.distribution.inequality}`)],
      [t('distribution.explanation'), orEmpty(lang, ev.distribution.explanation)],
    ],
  });

  blocks.push({ kind: 'heading', level: 2, text: t('report.conclusions') });
  blocks.push({
    kind: 'fields',
    rows: [
      [t('report.lessons'), orEmpty(lang, ev.lessons)],
      [t('report.recommendation'), ev.recommendation ? t(`conclusions.options.${ev.recommendation}`) : t('report.empty')],
      [t('report.recommendationReason'), orEmpty(lang, ev.recommendationReason)],
      [t('report.otherChoices'), orEmpty(lang, ev.otherChoices)],
    ],
  });
  return blocks;
}
