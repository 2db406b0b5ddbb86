/** The context section of the report (in its phase's chapter). */
import { orEmpty, sectionHeading, translatorOf } from '../../report/format';
import { scaleName } from '../names';
import type { StepReport } from '../types';

export const contextReport: StepReport = (doc, lang) => {
  const t = translatorOf(lang);
  const c = doc.context;
  return [
    sectionHeading(t('steps.context')),
    {
      kind: 'fields',
      rows: [
        [t('report.organisation'), c.organisation || '—'],
        [t('report.area'), [c.area.name, c.area.scale ? scaleName(lang, c.area.scale) : ''].filter(Boolean).join(' — ') || '—'],
        [t('report.policyDomain'), c.policyDomain || '—'],
        [t('report.owner'), c.owner || '—'],
        [t('fields.relatedProgrammes'), orEmpty(lang, c.relatedProgrammes)],
      ],
    },
  ];
};
