/** The effects section of the report: per option, the expected effect on each theme considered. */
import { dimensionOf, themeOf, THEME_IDS } from '../../framework/framework';
import type { AssessmentDocument, Effect } from '../../model/document';
import type { Block, Cell } from '../../report/blocks';
import { direction, emptyBlock, sectionHeading, translatorOf, type Lang } from '../../report/format';
import { levelName, scaleName } from '../names';
import { amountText, whereText, whoText } from '../../analysis/effect-text';
import { EFFECT_LIMIT, effectsLeftOutNote, firstPerGroup } from '../../report/effect-limits';
import type { StepReportOptions } from '../types';

const DIMENSION_KEY = { 'hier-en-nu': 'report.dimHere', later: 'report.dimLater', elders: 'report.dimElsewhere' } as const;

function effectRow(doc: AssessmentDocument, e: Effect, lang: Lang): Cell[] {
  const t = translatorOf(lang);
  const amount = amountText(e, t, lang);
  const explanation = [
    `${t('tradeoff.fields.where')}: ${whereText(e.where, t)}`,
    `${t('tradeoff.fields.groups')}: ${whoText(doc, e, t)}`,
    amount && `${t('tradeoff.report.amount')}: ${amount}`,
    e.rationale && `${t('report.rationale')}: ${e.rationale}`,
    e.gains && `${t('report.gains')}: ${e.gains}`,
    e.loses && `${t('report.loses')}: ${e.loses}`,
    e.evidence && `${t('report.evidence')}: ${e.evidence}`,
  ];
  return [
    { text: `${themeOf(e.theme).name[lang]}\n(${t(DIMENSION_KEY[dimensionOf(e.theme)])})`, bold: true },
    {
      text: e.direction === null && e.notQuantified ? t('limits.notQuantified') : direction(lang, e.direction),
      tone: (e.direction ?? 0) > 0 ? 'positive' : (e.direction ?? 0) < 0 ? 'negative' : 'neutral',
    },
    `${e.confidence ? t(`enums.confidence.${e.confidence}`) : '—'} / ${e.lag ? t(`enums.lag.${e.lag}`) : '—'}`,
    `${levelName(lang, e.level)} / ${scaleName(lang, e.scale)}`,
    explanation.filter(Boolean).join('\n') || '—',
  ];
}

/** Per option: a table of the effects that were assessed or explained, in theme order. */
export function effectsReport(doc: AssessmentDocument, lang: Lang, options: StepReportOptions = {}): Block[] {
  const t = translatorOf(lang);
  const p = doc.preparation;
  const blocks: Block[] = [sectionHeading(t('report.effects'))];
  for (const o of p.options) {
    const all = p.effects
      .filter((e) => e.optionId === o.id && (e.direction !== null || e.rationale || e.gains || e.loses || e.notQuantified))
      .sort((a, b) => THEME_IDS.indexOf(a.theme) - THEME_IDS.indexOf(b.theme));
    blocks.push({ kind: 'heading', level: 3, text: t('report.effectsOf', { option: o.name }) });
    const { kept: effects, left } =
      options.allEffects === false ? firstPerGroup(all, (e) => e.theme, EFFECT_LIMIT) : { kept: all, left: 0 };
    if (effects.length === 0) {
      blocks.push(emptyBlock(lang));
      continue;
    }
    blocks.push({
      kind: 'table',
      columns: [
        { header: t('report.theme'), width: 1.2 },
        { header: t('report.direction'), width: 1.3 },
        { header: `${t('report.confidence')} / ${t('report.lag')}`, width: 1.1 },
        { header: t('report.levelScale'), width: 1 },
        { header: t('report.explanation'), width: 3.4 },
      ],
      rows: effects.map((e) => effectRow(doc, e, lang)),
    });
    blocks.push(...effectsLeftOutNote(lang, left));
  }
  return blocks;
}
