/**
 * The freeze in the report: the cover line "Vastgelegd op … door …, kenmerk …", the document as it
 * stood for the report "zoals vastgelegd", and the section "Vastgelegde verwachtingen" with the frozen
 * values next to every adjusted one.
 */
import { expectationChanges } from '../analysis/changes';
import { adjustedValue, describeAdjusted, type FieldValue } from '../analysis/adjusted';
import { isMessageKey } from '../i18n';
import { themeOf } from '../framework/framework';
import type { AssessmentDocument, Indicator } from '../model/document';
import { documentAsFrozen, frozenView, shortHash, type FrozenView } from '../model/freeze';
import type { Block, Cell } from './blocks';
import { date, direction, num, translatorOf, type Lang } from './format';

/** The reference of a freeze as the report writes it. */
function reference(view: FrozenView, lang: Lang): string {
  const t = translatorOf(lang);
  if (!view.hash) return t('freeze.report.noHash');
  return view.intact ? shortHash(view.hash) : `${shortHash(view.hash)} (${t('freeze.report.tampered')})`;
}

/** The cover's lines about the freeze; none when the document was never frozen. */
export function frozenCoverFields(doc: AssessmentDocument, lang: Lang): [string, string][] {
  const t = translatorOf(lang);
  const view = frozenView(doc);
  if (!view) return [];
  const fields: [string, string][] = [
    [t('freeze.report.frozen'), t('freeze.report.cover', { date: date(lang, view.date), by: view.by || '—', hash: reference(view, lang) })],
  ];
  if (view.decision) fields.push([t('freeze.report.decision'), view.decision]);
  return fields;
}

/** The document as it stood when frozen (the snapshot alone), or null when it was never frozen. */
export function asFrozenDocument(doc: AssessmentDocument): AssessmentDocument | null {
  const view = frozenView(doc, false);
  return view ? documentAsFrozen(doc, view) : null;
}

/** Baseline or target of an indicator: frozen, and adjusted where it changed ("oorspronkelijk … → bijgesteld …"). */
function valueCell(doc: AssessmentDocument, view: FrozenView, i: Indicator, key: 'baseline' | 'target', lang: Lang): string {
  const t = translatorOf(lang);
  const unit = i.unit ? ` ${i.unit}` : '';
  const showValue = (v: FieldValue | undefined) => (typeof v === 'number' ? `${num(lang, v, 4)}${unit}` : '—');
  const showYear = (v: FieldValue | undefined) => (typeof v === 'number' ? String(v) : '—');
  const value = adjustedValue(doc, i.id, key, view);
  const year = adjustedValue(doc, i.id, key === 'target' ? 'targetYear' : 'baselineYear', view);
  const frozenValue = view.preparation.indicators.find((x) => x.id === i.id)?.[key];
  if (!frozenValue && !value?.changed) return '—';
  return `${describeAdjusted(value, showValue, t, lang)} (${describeAdjusted(year, showYear, t, lang)})`;
}

function indicatorTable(doc: AssessmentDocument, view: FrozenView, lang: Lang): Block {
  const t = translatorOf(lang);
  const now = new Set(doc.preparation.indicators.map((i) => i.id));
  const rows: Cell[][] = view.preparation.indicators.map((i) => [
    { text: now.has(i.id) ? i.name : `${i.name} (${t('freeze.report.removed')})`, bold: true },
    valueCell(doc, view, i, 'baseline', lang),
    valueCell(doc, view, i, 'target', lang),
  ]);
  const frozenIds = new Set(view.preparation.indicators.map((i) => i.id));
  for (const i of doc.preparation.indicators.filter((x) => !frozenIds.has(x.id)))
    rows.push([
      { text: `${i.name} (${t('freeze.report.added')})`, bold: true },
      i.baseline ? `${num(lang, i.baseline.value, 4)} (${i.baseline.year})` : '—',
      i.target ? `${num(lang, i.target.value, 4)} (${i.target.year})` : '—',
    ]);
  return {
    kind: 'table',
    fontSize: 7.5,
    columns: [
      { header: t('freeze.report.indicator'), width: 2.4 },
      { header: t('freeze.report.baseline'), width: 2.2 },
      { header: t('freeze.report.target'), width: 2.2 },
    ],
    rows,
  };
}

/** Frozen effects whose direction changed or that were removed. */
function effectLines(doc: AssessmentDocument, view: FrozenView, lang: Lang): string[] {
  const t = translatorOf(lang);
  const optionName = (id: string) => view.preparation.options.find((o) => o.id === id)?.name ?? id;
  const show = (v: FieldValue | undefined) => direction(lang, typeof v === 'number' ? (v as -2 | -1 | 0 | 1 | 2) : null);
  return view.preparation.effects.flatMap((e) => {
    const label = `${themeOf(e.theme).name[lang]} (${optionName(e.optionId)})`;
    if (!doc.preparation.effects.some((x) => x.id === e.id)) return [`${label}: ${t('freeze.report.removed')}`];
    const value = adjustedValue(doc, e.id, 'direction', view);
    return value?.changed ? [`${label}: ${describeAdjusted(value, show, t, lang)}`] : [];
  });
}

/** Other fields changed through "Bijstellen" (the problem, the ambition, options, theory, …). */
function otherLines(doc: AssessmentDocument, view: FrozenView, lang: Lang): string[] {
  const t = translatorOf(lang);
  const skip = new Set(['baseline', 'baselineYear', 'target', 'targetYear', 'direction']);
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const change of doc.implementation.adjustments.flatMap((a) => a.changes ?? [])) {
    const key = `${change.itemId ?? ''}:${change.field}`;
    const isIndicatorOrEffect = [...view.preparation.indicators, ...view.preparation.effects].some((x) => x.id === change.itemId);
    if (seen.has(key) || (isIndicatorOrEffect && skip.has(change.field))) continue;
    seen.add(key);
    const value = adjustedValue(doc, change.itemId, change.field, view);
    if (!value?.changed) continue;
    const fieldKey = `fields.${change.field}`;
    const field = isMessageKey(fieldKey) ? t(fieldKey) : change.field;
    const item = change.itemId ? (doc.preparation.indicators.find((i) => i.id === change.itemId)?.name ?? change.itemId) : '';
    const show = (v: FieldValue | undefined) => (v === null || v === undefined || v === '' ? '—' : String(v));
    lines.push(`${item ? `${item} · ` : ''}${field}: ${describeAdjusted(value, show, t, lang)}`);
  }
  return lines;
}

/** "Vastgelegde verwachtingen": when, by whom, on what decision, and the frozen values next to the adjusted ones. */
export function frozenSection(doc: AssessmentDocument, lang: Lang): Block[] {
  const t = translatorOf(lang);
  const heading: Block = { kind: 'heading', level: 2, text: t('report.frozen') };
  const view = frozenView(doc);
  if (!view) return [heading, { kind: 'paragraph', text: t('report.notFrozen') }];
  const intro = [
    t('freeze.report.frozenText', { date: date(lang, view.date), by: view.by || '—' }),
    view.decision ? t('freeze.report.decisionText', { decision: view.decision }) : '',
    t('freeze.report.hashText', { hash: reference(view, lang) }),
  ];
  const blocks: Block[] = [heading, { kind: 'paragraph', text: intro.filter(Boolean).join(' ') }];
  if (view.preparation.indicators.length > 0 || doc.preparation.indicators.length > 0)
    blocks.push({ kind: 'heading', level: 3, text: t('freeze.report.indicatorsTitle') }, indicatorTable(doc, view, lang));
  const effects = effectLines(doc, view, lang);
  if (effects.length)
    blocks.push({ kind: 'heading', level: 3, text: t('freeze.report.effectsTitle') }, { kind: 'bullets', items: effects });
  const others = otherLines(doc, view, lang);
  if (others.length) blocks.push({ kind: 'heading', level: 3, text: t('freeze.report.otherTitle') }, { kind: 'bullets', items: others });
  if (expectationChanges(doc).length === 0 && others.length === 0) blocks.push({ kind: 'paragraph', text: t('freeze.report.noChanges') });
  return blocks;
}
