/**
 * The process evaluation's sections of the report: carried out as planned, reach, spending against
 * the plan, what changed along the way, what helped or hindered; value for money; support and trust.
 */
import { groupName } from '../../analysis/effect-text';
import { plannedOption, plannedPreparation, processOf, valueForMoney } from '../../analysis/value-for-money';
import { costLineCells, totalCells, totalsText, unitCostWords } from '../../analysis/value-for-money-words';
import type { AssessmentDocument } from '../../model/document';
import type { Block } from '../../report/blocks';
import { date, emptyBlock, num, orEmpty, sectionHeading, translatorOf, type Lang } from '../../report/format';
import type { StepReport } from '../types';

function processBlocks(doc: AssessmentDocument, lang: Lang): Block[] {
  const t = translatorOf(lang);
  const p = processOf(doc);
  const activities = plannedPreparation(doc).theoryOfChange.activities;
  const blocks: Block[] = [sectionHeading(t('process.report.process')), { kind: 'heading', level: 3, text: t('process.activitiesTitle') }];
  if (activities.length === 0) blocks.push(emptyBlock(lang));
  else
    blocks.push({
      kind: 'table',
      fontSize: 8,
      columns: [
        { header: t('process.report.activity'), width: 3 },
        { header: t('process.report.carriedOut'), width: 1 },
        { header: t('process.report.note'), width: 3 },
      ],
      rows: activities.map((a) => {
        const c = p.activities.find((x) => x.activityId === a.id);
        const done = c?.carriedOut ? t(`process.carriedOutOptions.${c.carriedOut}`) : '—';
        return [a.text || '—', { text: done, bold: c?.carriedOut === 'no' }, c?.note || '—'];
      }),
    });
  blocks.push({ kind: 'heading', level: 3, text: t('process.reachTitle') });
  if (p.reach.length === 0) blocks.push(emptyBlock(lang));
  else
    blocks.push({
      kind: 'table',
      fontSize: 8,
      columns: [
        { header: t('process.report.group'), width: 2 },
        { header: t('process.report.planned'), width: 1 },
        { header: t('process.report.reached'), width: 1 },
        { header: t('process.report.share'), width: 1 },
        { header: t('process.report.note'), width: 3 },
      ],
      rows: p.reach.map((r) => {
        const unit = t(`process.units.${r.unit}`);
        const share = r.planned && r.reached !== null ? `${num(lang, (r.reached / r.planned) * 100, 0)} %` : '—';
        return [
          r.group ? groupName(doc, r.group, t) : '—',
          r.planned === null ? '—' : `${num(lang, r.planned)} ${unit}`,
          r.reached === null ? '—' : `${num(lang, r.reached)} ${unit}`,
          share,
          r.note || '—',
        ];
      }),
    });
  blocks.push(...spendingBlocks(doc, lang));
  blocks.push({ kind: 'heading', level: 3, text: t('process.adjustmentsTitle') });
  const adjustments = doc.implementation.adjustments;
  blocks.push(
    adjustments.length === 0
      ? { kind: 'paragraph', text: t('process.noAdjustments'), style: 'muted' }
      : {
          kind: 'bullets',
          items: adjustments.map((a) => t('process.adjustment', { date: date(lang, a.date), decision: a.decision || '—' })),
        },
  );
  blocks.push({
    kind: 'fields',
    rows: [
      [t('process.helped'), orEmpty(lang, p.helped)],
      [t('process.hindered'), orEmpty(lang, p.hindered)],
    ],
  });
  return blocks;
}

function spendingBlocks(doc: AssessmentDocument, lang: Lang): Block[] {
  const t = translatorOf(lang);
  const option = plannedOption(doc);
  const { spending } = valueForMoney(doc);
  const spent = processOf(doc).spent;
  return [
    { kind: 'heading', level: 3, text: t('process.spendingTitle') },
    {
      kind: 'paragraph',
      style: 'muted',
      text: option ? t('process.spendingIntro', { option: option.name }) : t('process.noPlannedOption'),
    },
    {
      kind: 'table',
      fontSize: 8,
      columns: [
        { header: t('process.line'), width: 1.4 },
        { header: t('process.planned'), width: 1.6 },
        { header: t('process.spent'), width: 1.2 },
        { header: t('process.difference'), width: 1.2 },
        { header: t('process.percent'), width: 1 },
      ],
      rows: [...spending.lines.map((l) => costLineCells(l, t, lang)), totalCells(spending, t, lang).map((text) => ({ text, bold: true }))],
    },
    ...(spent.note.trim() ? [{ kind: 'paragraph' as const, text: spent.note }] : []),
  ];
}

function valueBlocks(doc: AssessmentDocument, lang: Lang): Block[] {
  const t = translatorOf(lang);
  const { spending, indicators } = valueForMoney(doc);
  const blocks: Block[] = [
    sectionHeading(t('process.report.vfm')),
    { kind: 'paragraph', text: totalsText(spending, t, lang) },
    { kind: 'paragraph', text: t('process.report.vfmIntro'), style: 'muted' },
  ];
  if (indicators.length === 0) return [...blocks, { kind: 'paragraph', text: t('process.noMain'), style: 'muted' }];
  blocks.push({
    kind: 'table',
    fontSize: 8,
    columns: [
      { header: t('process.report.indicator'), width: 2 },
      { header: t('process.report.outcome'), width: 2 },
      { header: t('process.report.note'), width: 3.4 },
    ],
    rows: indicators.map((v) => {
      const w = unitCostWords(v, t, lang);
      return [
        { text: `${v.indicator.name}\n${t(`process.bases.${v.basis}`)}`, bold: true },
        { text: w.cost, bold: v.unit.reason === null },
        [w.figures, w.caveat].filter(Boolean).join('\n'),
      ];
    }),
  });
  return blocks;
}

function supportBlocks(doc: AssessmentDocument, lang: Lang): Block[] {
  const t = translatorOf(lang);
  const p = processOf(doc);
  const before = plannedPreparation(doc);
  const level = (v: 'low' | 'medium' | 'high' | null | undefined) => (v ? t(`process.supportLevels.${v}`) : t('report.empty'));
  const withReason = (v: 'low' | 'medium' | 'high' | null | undefined, reason: string | undefined) =>
    reason?.trim() ? `${level(v)}. ${reason}` : level(v);
  return [
    sectionHeading(t('process.report.support')),
    {
      kind: 'fields',
      rows: [
        [t('process.report.supportExAnte'), withReason(before.supportExAnte, before.supportExAnteReason)],
        [t('process.report.supportExPost'), withReason(p.support, p.supportReason)],
        [t('process.involvementExAnte'), orEmpty(lang, before.citizenInvolvement)],
        [t('process.citizensInvolved'), orEmpty(lang, p.citizensInvolved)],
        [t('process.citizensChanged'), orEmpty(lang, p.citizensChanged)],
      ],
    },
  ];
}

export const processReport: StepReport = (doc, lang) => [
  ...processBlocks(doc, lang),
  ...valueBlocks(doc, lang),
  ...supportBlocks(doc, lang),
];
