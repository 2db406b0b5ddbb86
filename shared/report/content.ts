/** The report's content: document → blocks, for the whole cycle or one phase, in Dutch or English. */
import { critique, findingText } from '../analysis/findings';
import { tradeoffs } from '../analysis/tradeoffs';
import { catalogue } from '../framework/catalogue';
import { dimensions, scaleLevels, themeOf, themes } from '../framework/framework';
import { messages } from '../i18n';
import type { AssessmentDocument, Phase, PolicyOption as Option } from '../model/document';
import type { Block, ReportContent } from './blocks';
import { catalogueAppendix } from './catalogue-appendix';
import { inReportLanguage } from './catalogue-lang';
import { PHASES, stepsOf } from '../steps/list';
import { STEP_REPORTS } from '../steps/reports';
import type { StepReportOptions } from '../steps/types';
import { date, tr, translatorOf, type Lang } from './format';
import { asFrozenDocument, frozenCoverFields, frozenSection } from './frozen';
import { FINDING_LIMIT, findingsLeftOutNote, firstPerGroup, limitsEffects } from './effect-limits';
import { limitsMeasurements } from './limits';
import { documentSources, sourcesBlocks } from './sources';
import { limitationsChapter } from './limitations-blocks';
import { dimensionCountBlocks, distributionBlocks, effectMapBlocks } from './tradeoff-blocks';

export type ReportPhase = 'all' | Phase;

export interface ReportOptions {
  lang: Lang;
  phase: ReportPhase;
  /** The report's date (ISO). */
  today: string;
  /** The preparation report from the frozen snapshot alone ("Rapport zoals vastgelegd"); the document must have been frozen. */
  asFrozen?: boolean;
  /** Every measurement in the report; by default only above MEASUREMENT_LIMIT_ABOVE measurements are they limited (limits.ts). */
  allMeasurements?: boolean;
  /** Every effect and finding in the report; by default only above EFFECT_LIMIT_ABOVE effects are they limited (effect-limits.ts). */
  allEffects?: boolean;
}

/** Conflicts between options and negative spill-overs. */
export function tradeoffBlocks(doc: AssessmentDocument, lang: Lang): Block[] {
  const t = translatorOf(lang);
  const trade = tradeoffs(doc);
  const optionName = (id: string) => doc.preparation.options.find((o) => o.id === id)?.name ?? id;
  const items = [
    ...trade.betweenOptions.map((c) =>
      t('review.conflict', {
        theme: themeOf(c.theme).name[lang],
        helping: c.helping.map(optionName).join(', '),
        hurting: c.hurting.map(optionName).join(', '),
      }),
    ),
    ...trade.negativeSpillovers.map(
      (s) => `▼ ${t('review.negativeSpillover', { from: themeOf(s.from).name[lang], to: themeOf(s.to).name[lang], strength: s.strength })}`,
    ),
  ];
  return [
    { kind: 'heading', level: 2, text: t('report.tradeoffs') },
    items.length ? { kind: 'bullets', items } : { kind: 'paragraph', text: t('report.noTradeoffs') },
  ];
}

/** Who gains and who loses by the preferred option, as its effects say. */
function gainersLosersBlocks(doc: AssessmentDocument, preferred: Option, lang: Lang): Block[] {
  const t = translatorOf(lang);
  const effects = doc.preparation.effects.filter((e) => e.optionId === preferred.id);
  const list = (key: 'gains' | 'loses') => [...new Set(effects.map((e) => e[key].trim()).filter(Boolean))].join('\n') || '—';
  return [
    { kind: 'heading', level: 2, text: t('report.gainersLosers') },
    {
      kind: 'fields',
      rows: [
        [t('report.gainers'), list('gains')],
        [t('report.losers'), list('loses')],
      ],
    },
  ];
}

/** The critical friend's open findings. */
function findingBlocks(doc: AssessmentDocument, lang: Lang, all: boolean): Block[] {
  const t = translatorOf(lang);
  const every = critique(doc);
  const { kept: findings, left } = all ? { kept: every, left: 0 } : firstPerGroup(every, (f) => f.rule, FINDING_LIMIT);
  return [
    { kind: 'heading', level: 2, text: t('report.openFindings') },
    findings.length
      ? { kind: 'bullets', items: findings.map((f) => `${t(`severity.${f.severity}`)}: ${findingText(f, lang, t)}`) }
      : { kind: 'paragraph', text: t('report.noFindings') },
    ...findingsLeftOutNote(lang, left),
  ];
}

/** The summary chapter: the preferred option's effects, the profile, trade-offs, gainers and losers, open findings. */
function summaryBlocks(doc: AssessmentDocument, lang: Lang, withRealised: boolean, allEffects: boolean, allFindings: boolean): Block[] {
  const t = translatorOf(lang);
  const p = doc.preparation;
  const preferred = p.options.find((o) => o.id === p.preferredOptionId) ?? p.options[0];
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: t('report.summary'), pageBreakBefore: true }];
  if (preferred) {
    blocks.push({ kind: 'paragraph', text: t('report.summaryIntro', { option: preferred.name }), style: 'small' });
    if (!preferred.isZeroOption) blocks.push(...effectMapBlocks(doc, preferred, lang, withRealised, allEffects));
  }
  blocks.push(...dimensionCountBlocks(doc, lang), ...tradeoffBlocks(doc, lang));
  if (preferred) blocks.push(...gainersLosersBlocks(doc, preferred, lang), ...distributionBlocks(doc, lang));
  blocks.push(...findingBlocks(doc, lang, allFindings));
  return blocks;
}

function appendixBlocks(doc: AssessmentDocument, lang: Lang): Block[] {
  const t = translatorOf(lang);
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: t('report.appendix'), pageBreakBefore: true }];
  blocks.push({ kind: 'heading', level: 2, text: t('report.method') });
  blocks.push({ kind: 'paragraph', text: t('report.methodText') });
  blocks.push({
    kind: 'table',
    columns: [
      { header: t('report.dimension'), width: 1 },
      { header: t('report.theme'), width: 1.3 },
      { header: t('report.description'), width: 4 },
    ],
    rows: themes.map((th) => [
      dimensions.find((d) => d.id === th.dimension)!.name[lang],
      { text: th.name[lang], bold: true },
      th.description[lang],
    ]),
  });
  blocks.push({ kind: 'heading', level: 2, text: t('report.sources') });
  const sources = documentSources(doc, lang);
  blocks.push(...sourcesBlocks(sources, lang));
  const usesCbs =
    sources.some((s) => /CBS/.test(s.source)) ||
    doc.preparation.indicators.some((i) => catalogue.find((c) => c.id === i.catalogueId)?.source.cbs);
  if (usesCbs) blocks.push({ kind: 'paragraph', text: t('report.cbsCredit'), style: 'bold' });
  blocks.push(...catalogueAppendix(doc, lang));
  blocks.push({ kind: 'heading', level: 2, text: t('report.glossary') });
  const glossary = messages[lang].glossary as Record<string, string>;
  blocks.push({ kind: 'fields', rows: Object.entries(glossary).map(([term, text]) => [term, text]) });
  return blocks;
}

/** One phase's chapter: its title, then the report section of each of its steps, in step order. */
function phaseChapter(doc: AssessmentDocument, phase: Phase, lang: Lang, options: StepReportOptions): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: tr(lang, `report.${phase}`), pageBreakBefore: true }];
  if (phase === 'implementation') blocks.push(...frozenSection(doc, lang));
  for (const step of stepsOf(phase)) blocks.push(...(STEP_REPORTS[step.id]?.(doc, lang, options) ?? []));
  return blocks;
}

/**
 * Builds the report's content. As frozen: the preparation report of the snapshot alone, the same
 * text whatever happens to the document later (only the print date differs).
 */
export function reportContent(original: AssessmentDocument, options: ReportOptions): ReportContent {
  const { lang } = options;
  // Catalogue texts in the report's language (shared/report/catalogue-lang.ts); the frozen snapshot too.
  const current = inReportLanguage(original, lang);
  const t = translatorOf(lang);
  const frozenCover = frozenCoverFields(current, lang);
  const asFrozen = options.asFrozen ? asFrozenDocument(current) : null;
  if (options.asFrozen && !asFrozen) throw new Error('The document was never frozen.');
  const doc = asFrozen ?? current;
  const phase: ReportPhase = asFrozen ? 'preparation' : options.phase;
  const c = doc.context;
  const kind = asFrozen ? t('freeze.report.kind') : t(`report.reportKind.${phase}`);
  const scale = c.area.scale ? scaleLevels.find((s) => s.id === c.area.scale)?.name[lang] : null;
  const blocks: Block[] = [
    {
      kind: 'cover',
      title: c.title || '—',
      subtitle: kind,
      fields: [
        [t('report.organisation'), c.organisation],
        [t('report.area'), [c.area.name, scale].filter(Boolean).join(' — ')],
        [t('report.policyDomain'), c.policyDomain],
        [t('report.owner'), c.owner],
        [
          t('report.period'),
          [c.startDate, c.endDate]
            .filter(Boolean)
            .map((d) => date(lang, d!))
            .join(' – '),
        ],
        [t('report.phase'), t(`phase.${c.phase}`)],
        [t('report.date'), date(lang, options.today)],
        [t('report.author'), c.author],
        [t('report.version'), c.version],
        ...frozenCover,
      ],
      footer: t('report.madeWith'),
    },
    { kind: 'toc', title: t('report.toc') },
  ];
  const stepOptions = {
    allMeasurements: options.allMeasurements ?? !limitsMeasurements(doc),
    allEffects: options.allEffects ?? !limitsEffects(doc),
  };
  const withRealised = phase === 'evaluation' || (phase === 'all' && c.phase === 'evaluation');
  // A report limited for reading (many effects or many measurements) also shows the first findings per rule.
  const allFindings = stepOptions.allEffects && stepOptions.allMeasurements;
  blocks.push(...summaryBlocks(doc, lang, withRealised, stepOptions.allEffects, allFindings));
  for (const chapter of PHASES) if (phase === 'all' || phase === chapter) blocks.push(...phaseChapter(doc, chapter, lang, stepOptions));
  blocks.push(...limitationsChapter(doc, lang, phase));
  blocks.push(...appendixBlocks(doc, lang));
  return {
    title: c.title,
    subtitle: kind,
    author: c.author || c.organisation,
    subject: kind,
    keywords: ['brede welvaart', 'impactbeoordeling', c.organisation, c.area.name, c.policyDomain].filter(Boolean).join(', '),
    language: lang,
    blocks,
  };
}
