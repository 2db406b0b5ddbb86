/**
 * The paragraph for the council proposal ("paragraaf voor het raadsvoorstel", issue 16): at most two
 * pages, ready to paste. The same blocks as the report's summary: the effect map of the preferred
 * option against the zero option, the trade-offs, the distribution, then the monitoring plan.
 */
import { themeOf } from '../framework/framework';
import { zeroOption } from '../analysis/options';
import type { AssessmentDocument } from '../model/document';
import type { Block } from './blocks';
import { inReportLanguage } from './catalogue-lang';
import { tradeoffBlocks } from './content';
import { date, num, translatorOf, type Lang } from './format';
import type { ReportContent } from './blocks';
import { distributionBlocks, effectMapBlocks } from './tradeoff-blocks';

export interface RaadsvoorstelOptions {
  lang: Lang;
  /** The date printed under the paragraph (ISO). */
  today: string;
}

/** Headings of the pasted paragraph sit one level under its title (Heading 2), whatever the report uses. */
const asSection = (blocks: Block[]): Block[] => blocks.map((b) => (b.kind === 'heading' ? { kind: 'heading', level: 2, text: b.text } : b));

/** The monitoring plan: per indicator the baseline, target, frequency and who measures. */
function monitoringBlocks(doc: AssessmentDocument, lang: Lang): Block[] {
  const t = translatorOf(lang);
  const indicators = doc.preparation.indicators;
  const heading: Block = { kind: 'heading', level: 2, text: t('word.rv.monitoring') };
  if (indicators.length === 0) return [heading, { kind: 'paragraph', text: t('word.rv.noIndicators'), style: 'muted' }];
  const value = (v: { value: number; year: number } | null) => (v ? `${num(lang, v.value)} (${v.year})` : '—');
  return [
    heading,
    { kind: 'paragraph', text: t('word.rv.monitoringIntro') },
    {
      kind: 'table',
      fontSize: 8,
      columns: [
        { header: t('word.rv.indicator'), width: 2.6 },
        { header: t('report.theme'), width: 1.2 },
        { header: t('word.rv.baseline'), width: 0.9 },
        { header: t('word.rv.target'), width: 0.9 },
        { header: t('word.rv.frequency'), width: 1 },
        { header: t('word.rv.owner'), width: 2.2 },
      ],
      rows: indicators.map((i) => [
        { text: [i.name, i.unit].filter(Boolean).join(' — '), bold: true },
        themeOf(i.theme).name[lang],
        value(i.baseline),
        value(i.target),
        i.frequency ? t(`enums.frequency.${i.frequency}`) : '—',
        i.owner || '—',
      ]),
    },
  ];
}

/** The paragraph's content: title, a short introduction, effect map, trade-offs, distribution, monitoring plan. */
export function raadsvoorstelContent(original: AssessmentDocument, options: RaadsvoorstelOptions): ReportContent {
  const { lang } = options;
  const doc = inReportLanguage(original, lang);
  const t = translatorOf(lang);
  const p = doc.preparation;
  const preferred = p.options.find((o) => o.id === p.preferredOptionId) ?? null;
  const zero = zeroOption(doc);
  const title = t('word.rv.title', { option: preferred?.name || '—' });
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: title }];
  if (preferred) {
    blocks.push({
      kind: 'paragraph',
      text: t('word.rv.intro', { title: doc.context.title || '—', option: preferred.name, zero: zero?.name ?? t('word.rv.noZero') }),
    });
    if (!preferred.isZeroOption) blocks.push(...asSection(effectMapBlocks(doc, preferred, lang, doc.context.phase === 'evaluation')));
  } else blocks.push({ kind: 'paragraph', text: t('word.rv.noPreferred'), style: 'muted' });
  blocks.push(...asSection(tradeoffBlocks(doc, lang)), ...asSection(distributionBlocks(doc, lang)), ...monitoringBlocks(doc, lang));
  blocks.push({
    kind: 'paragraph',
    text: t('word.rv.source', { title: doc.context.title || '—', date: date(lang, options.today) }),
    style: 'small',
  });
  const kind = t('word.rv.kind');
  return {
    title,
    subtitle: kind,
    author: doc.context.author || doc.context.organisation,
    subject: kind,
    keywords: ['brede welvaart', 'raadsvoorstel', doc.context.organisation, doc.context.area.name].filter(Boolean).join(', '),
    language: lang,
    blocks,
  };
}
