/** The problem section of the report (in its phase's chapter). */
import { orEmpty, sectionHeading, translatorOf } from '../../report/format';
import { supportExAnteRows } from '../process/ex-ante';
import { scaleName } from '../names';
import type { StepReport } from '../types';

export const problemReport: StepReport = ({ preparation: p }, lang) => {
  const t = translatorOf(lang);
  return [
    sectionHeading(t('report.problemAmbition')),
    {
      kind: 'fields',
      rows: [
        [t('fields.problem'), orEmpty(lang, p.problem)],
        [t('fields.targetGroups'), orEmpty(lang, p.targetGroups)],
        [t('fields.citizenValues'), orEmpty(lang, p.citizenValues)],
        [t('fields.citizenInvolvement'), orEmpty(lang, p.citizenInvolvement)],
        ...supportExAnteRows(p, lang),
        [t('fields.ambition'), orEmpty(lang, p.ambition)],
        [t('fields.ambitionScale'), scaleName(lang, p.ambitionScale)],
      ],
    },
  ];
};
