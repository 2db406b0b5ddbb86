/** The unintended section of the report (in its phase's chapter). */
import { themeOf } from '../../framework/framework';
import { direction, emptyBlock, sectionHeading, translatorOf } from '../../report/format';
import type { StepReport } from '../types';

export const unintendedReport: StepReport = (doc, lang) => {
  const t = translatorOf(lang);
  const effects = doc.evaluation.unintendedEffects;
  if (effects.length === 0) return [sectionHeading(t('report.unintended')), emptyBlock(lang)];
  return [
    sectionHeading(t('report.unintended')),
    {
      kind: 'table',
      columns: [
        { header: t('report.theme'), width: 1.3 },
        { header: t('report.direction'), width: 1.3 },
        { header: t('report.description'), width: 3 },
        { header: t('report.evidence'), width: 2.4 },
      ],
      rows: effects.map((u) => [
        `${themeOf(u.theme).name[lang]}${u.spilloverFrom ? ` (← ${themeOf(u.spilloverFrom).name[lang]})` : ''}`,
        direction(lang, u.direction),
        u.description || '—',
        u.evidence || '—',
      ]),
    },
  ];
};
