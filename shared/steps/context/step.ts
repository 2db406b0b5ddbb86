/** Step 1 of preparation: which policy, for which area, at which scale. */
import { orEmpty, sectionHeading, translatorOf } from '../../report/format';
import { scaleName } from '../names';
import { filled } from '../share';
import { defineStep } from '../types';

export const contextStep = defineStep({
  id: 'context',
  phase: 'preparation',
  requirements: (doc) => [
    { id: 'title', filled: filled(doc.context.title) ? 1 : 0 },
    { id: 'area', filled: filled(doc.context.area.name) && doc.context.area.scale ? 1 : 0 },
  ],
  report: (doc, lang) => {
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
  },
});
