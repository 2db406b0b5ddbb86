/** The unintended section of the report (in its phase's chapter): theme, direction, where and for whom, whether it lasts. */
import { groupName, whereText } from '../../analysis/effect-text';
import { lastingText } from '../../analysis/limits-text';
import { themeOf } from '../../framework/framework';
import type { AssessmentDocument } from '../../model/document';
import { direction, emptyBlock, sectionHeading, translatorOf, type Lang } from '../../report/format';
import { levelName, scaleName } from '../names';
import type { StepReport } from '../types';

type Unintended = AssessmentDocument['evaluation']['unintendedEffects'][number];

/** Where an unintended effect lands, at which scale and level, and for whom, in lines; empty when nothing is stated. */
function whereWho(doc: AssessmentDocument, u: Unintended, lang: Lang): string[] {
  const t = translatorOf(lang);
  const place = [u.where ? whereText(u.where, t) : '', u.scale ? scaleName(lang, u.scale) : '', u.level ? levelName(lang, u.level) : ''];
  const groups = (u.groups ?? []).map((g) => groupName(doc, g, t));
  return [place.filter(Boolean).join(' · '), groups.join(', ')].filter(Boolean);
}

export const unintendedReport: StepReport = (doc, lang) => {
  const t = translatorOf(lang);
  const effects = doc.evaluation.unintendedEffects;
  if (effects.length === 0) return [sectionHeading(t('report.unintended')), emptyBlock(lang)];
  return [
    sectionHeading(t('report.unintended')),
    {
      kind: 'table',
      fontSize: 7.5,
      columns: [
        { header: t('report.theme'), width: 1.1 },
        { header: t('report.direction'), width: 0.9 },
        { header: t('report.description'), width: 2.4 },
        { header: `${t('tradeoff.fields.where')} / ${t('tradeoff.fields.groups')}`, width: 1.9 },
        { header: `${t('report.evidence')} / ${t('limits.report.lasting')}`, width: 2.8 },
      ],
      rows: effects.map((u) => [
        `${themeOf(u.theme).name[lang]}${u.spilloverFrom ? ` (← ${themeOf(u.spilloverFrom).name[lang]})` : ''}`,
        direction(lang, u.direction),
        u.description || '—',
        whereWho(doc, u, lang).join('\n') || '—',
        [u.evidence, lastingText(u, t) && `${t('limits.report.lasting')}: ${lastingText(u, t)}`].filter(Boolean).join('\n') || '—',
      ]),
    },
  ];
};
