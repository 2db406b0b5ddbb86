/** Step 2 of preparation: the problem, what residents value, and the ambition for the area. */
import { orEmpty, sectionHeading, translatorOf } from '../../report/format';
import { scaleName } from '../names';
import { filled } from '../share';
import { defineStep } from '../types';

export const problemStep = defineStep({
  id: 'problem',
  phase: 'preparation',
  holdsExpectations: true,
  requirements: ({ preparation: p }) => [
    { id: 'problem', filled: filled(p.problem) ? 1 : 0 },
    { id: 'ambition', filled: filled(p.ambition) ? 1 : 0 },
    { id: 'citizen-input', filled: filled(p.citizenValues) ? 1 : 0 },
  ],
  report: ({ preparation: p }, lang) => {
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
          [t('fields.ambition'), orEmpty(lang, p.ambition)],
          [t('fields.ambitionScale'), scaleName(lang, p.ambitionScale)],
        ],
      },
    ];
  },
});
